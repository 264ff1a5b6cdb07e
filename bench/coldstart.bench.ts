import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPgDatabase, type BenchKind } from './support';
import { ROOT, startBenchServer } from './server';

/** The steps of a start, timed from the process start (bench/coldstart.phases.ts in a child process). */
function phases(env: Record<string, string>): { step: string; ms: number }[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/coldstart.phases.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const laps = JSON.parse(out.trim().split('\n').at(-1)!) as [string, number][];
  return laps.map(([step, at], i) => ({ step, ms: at - (i === 0 ? 0 : laps[i - 1]![1]) }));
}

/**
 * Cold start of `npm start`'s server (node --import tsx server/src/main.ts, web already built, the PGlite template
 * built as `npm start` builds it): from spawning the process to the first 200 of GET /api/health, on a fresh database
 * (migrations and demo data included), then reopening the same database (median of three).
 */
export async function benchColdStart(kind: BenchKind) {
  // What `npm start` runs before the server: makes the PGlite template a new data directory is copied from.
  if (kind === 'pglite') execFileSync('npm', ['run', 'build', '--workspace', 'server', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const pgDb = kind === 'postgres' ? await createPgDatabase() : null;
  const first = await startBenchServer(pgDb ? { databaseUrl: pgDb.url } : {});
  await first.stop();
  const reopen: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const again = await startBenchServer(pgDb ? { databaseUrl: pgDb.url } : { dataDir: first.dataDir! });
      reopen.push(again.msToHealthy);
      await again.stop();
    }
  } finally {
    if (first.dataDir) fs.rmSync(first.dataDir, { recursive: true, force: true });
    await pgDb?.drop();
  }
  reopen.sort((a, b) => a - b);
  // Where the time goes, on another fresh database and then reopening it.
  const db2 = kind === 'postgres' ? await createPgDatabase() : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-start-'));
  const env = db2 ? { DATABASE_URL: db2.url, CONGTHUONG_DATA: '' } : { DATABASE_URL: '', CONGTHUONG_DATA: dir };
  try {
    return { kind, freshMs: first.msToHealthy, reopenMs: reopen[1]!, freshPhases: phases(env), reopenPhases: phases(env) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await db2?.drop();
  }
}
