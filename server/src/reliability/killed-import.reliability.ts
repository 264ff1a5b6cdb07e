import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../core/config';
import { createDatabase, type Db } from '../database';
import { migrateToLatest } from '../migrations';
import { bigFiguresCsv, createTestIndicators, freshPgDatabase, pgAvailable } from './support';

/**
 * A process killed (SIGKILL) in the middle of a large import, on PGlite with its data directory and on PostgreSQL:
 * `node server/bin/congthuong.mjs import big.csv` is spawned, killed once it has started writing, and then the
 * database must open again (PGlite: the lock file names the dead process and is taken over) and hold either the
 * whole file or nothing of it; importing the file again then completes.
 */

const CLI = path.join(REPO_ROOT, 'server', 'bin', 'congthuong.mjs');
const PG = await pgAvailable();
const FILE = bigFiguresCsv({ indicators: 10, categories: 6, years: [2021, 2022, 2023, 2024] });

type Outcome = { killedBy: NodeJS.Signals | null; exitCode: number | null; output: string };

function spawnImport(env: Record<string, string>, file: string) {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [CLI, 'import', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<Outcome>((resolve) => child.once('exit', (code, signal) => resolve({ killedBy: signal, exitCode: code, output })));
  return { child, exited };
}

/** Polls `started` every 20 ms; kills the child with SIGKILL as soon as it says yes (or fails after the deadline). */
async function killWhen(child: ChildProcess, exited: Promise<Outcome>, started: () => Promise<boolean> | boolean, deadlineMs = 120_000): Promise<Outcome> {
  const deadline = Date.now() + deadlineMs;
  let done = false;
  void exited.then(() => (done = true));
  while (!done && Date.now() < deadline) {
    if (await started()) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  if (!done && Date.now() >= deadline) child.kill('SIGKILL');
  return exited;
}

async function counts(db: Db) {
  const { rows } = await sql<{ figures: string; imports: string }>`
    select (select count(*) from figure_vintage where indicator_code like 'REL_%')::text as figures,
           (select count(*) from figure_import where file_name = 'big.csv')::text as imports`.execute(db);
  return { figures: Number(rows[0]!.figures), imports: Number(rows[0]!.imports) };
}

const du = (p: string): number => {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  return st.isDirectory() ? fs.readdirSync(p).reduce((s, f) => s + du(path.join(p, f)), 0) : st.size;
};

describe('an import killed with SIGKILL while it writes', () => {
  describe('on PGlite with its data directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-kill-'));
    const csvFile = path.join(dir, 'big.csv');
    beforeAll(async () => {
      const h = await createDatabase({ dataDir: dir, databaseUrl: null });
      await migrateToLatest(h.db);
      await createTestIndicators(h.db, 10, 6);
      await h.close();
      fs.writeFileSync(csvFile, FILE.csv);
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    for (const [moment, grownBytes] of [
      ['as soon as the tables start to grow', 2 * 1024 * 1024],
      ['half-way through the inserts', 24 * 1024 * 1024],
    ] as const) {
      it(`killed ${moment}: the data directory reopens (taking over the dead process's lock) with all or none of the file`, async () => {
        const base = du(path.join(dir, 'pgdata', 'base')) + du(path.join(dir, 'pgdata', 'pg_wal'));
        const { child, exited } = spawnImport({ CONGTHUONG_DATA: dir, DATABASE_URL: '' }, csvFile);
        const outcome = await killWhen(child, exited, () => du(path.join(dir, 'pgdata', 'base')) + du(path.join(dir, 'pgdata', 'pg_wal')) >= base + grownBytes);
        expect(outcome.killedBy, `the import ended on its own before it was killed: ${outcome.output}`).toBe('SIGKILL');
        const lock = JSON.parse(fs.readFileSync(path.join(dir, 'congthuong.lock'), 'utf8')) as { pid: number };
        expect(lock.pid).toBe(child.pid);

        const h = await createDatabase({ dataDir: dir, databaseUrl: null });
        try {
          expect(JSON.parse(fs.readFileSync(path.join(dir, 'congthuong.lock'), 'utf8')).pid).toBe(process.pid);
          const after = await counts(h.db);
          expect([
            { figures: 0, imports: 0 },
            { figures: FILE.rows, imports: 1 },
          ]).toContainEqual(after);
        } finally {
          await h.close();
        }
        // The file imported again completes, and the store then holds it exactly once.
        const again = spawnImport({ CONGTHUONG_DATA: dir, DATABASE_URL: '' }, csvFile);
        const done = await again.exited;
        expect(done.exitCode, done.output).toBe(0);
        const h2 = await createDatabase({ dataDir: dir, databaseUrl: null });
        try {
          expect(await counts(h2.db)).toEqual({ figures: FILE.rows, imports: 1 });
          await sql`delete from figure_vintage where indicator_code like 'REL_%'`.execute(h2.db);
          await sql`delete from figure_import where file_name = 'big.csv'`.execute(h2.db);
        } finally {
          await h2.close();
        }
      });
    }
  });

  describe('on PostgreSQL', () => {
    let h: Awaited<ReturnType<typeof freshPgDatabase>>;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-kill-pg-'));
    const csvFile = path.join(dir, 'big.csv');
    beforeAll(async () => {
      if (!PG) return;
      h = await freshPgDatabase();
      await createTestIndicators(h.db, 10, 6);
      fs.writeFileSync(csvFile, FILE.csv);
    });
    afterAll(async () => {
      await h?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it.skipIf(!PG)('killed while it holds the figures table for writing: nothing of the file is stored, and the file imported again completes', async () => {
      const watcher = new pg.Client({ connectionString: h.url, user: new URL(h.url).username || 'postgres' });
      await watcher.connect();
      try {
        const { child, exited } = spawnImport({ DATABASE_URL: h.url }, csvFile);
        // The import's transaction takes a RowExclusiveLock on figure_vintage when it starts inserting.
        const outcome = await killWhen(child, exited, async () => {
          const { rows } = await watcher.query(
            `select 1 from pg_locks where relation = 'figure_vintage'::regclass and mode = 'RowExclusiveLock' and pid <> pg_backend_pid()`,
          );
          return rows.length > 0;
        });
        expect(outcome.killedBy, outcome.output).toBe('SIGKILL');
        // The server ends the dead client's session and rolls its transaction back.
        for (let i = 0; i < 100; i++) {
          const { rows } = await watcher.query(
            `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
          );
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        expect([
          { figures: 0, imports: 0 },
          { figures: FILE.rows, imports: 1 },
        ]).toContainEqual(await counts(h.db));
      } finally {
        await watcher.end();
      }
      const again = spawnImport({ DATABASE_URL: h.url }, csvFile);
      const done = await again.exited;
      expect(done.exitCode, done.output).toBe(0);
      expect(await counts(h.db)).toEqual({ figures: FILE.rows, imports: 1 });
    });
  });
});
