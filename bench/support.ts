import os from 'node:os';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../server/src/database';
import { migrateToLatest } from '../server/src/migrations';
import type { Actor } from '../server/src/core/access';

/** The machine line every table starts with. */
export function machine(): string {
  return `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Which databases the benchmarks run on: PGlite always, PostgreSQL when BENCH_DATABASE_URL (or the local default) answers. */
export async function benchDatabases(): Promise<('pglite' | 'postgres')[]> {
  const url = pgUrl();
  try {
    const c = new pg.Client({ connectionString: url, user: new URL(url).username });
    await c.connect();
    await c.end();
    return ['postgres', 'pglite'];
  } catch {
    return ['pglite'];
  }
}

/** The PostgreSQL server used by the benchmarks. */
export function pgUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
}

/** A fresh, migrated database of the given kind (a new database on the server, or PGlite in memory). */
export async function freshDatabase(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle & { url?: string }> {
  if (kind === 'pglite') {
    const h = await openPglite();
    await migrateToLatest(h.db);
    return h;
  }
  const base = pgUrl();
  const name = `ct_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base, user: new URL(base).username });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const h = openPostgres(url.toString(), 10);
  await migrateToLatest(h.db);
  return {
    ...h,
    url: url.toString(),
    close: async () => {
      await h.close();
      const a = new pg.Client({ connectionString: base, user: new URL(base).username });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** An actor for the benchmark's own writes. */
export const BENCH_ACTOR: Actor = { userId: '0', username: 'bench', displayName: 'bench', role: 'admin', scope: ['*'], reporterFor: null, language: 'en', sessionId: '', csrfToken: '' };

/** Percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Formats a markdown table. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Times an async function, in milliseconds. */
export async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}
