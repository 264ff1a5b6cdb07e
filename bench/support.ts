import os from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../server/src/database';
import { migrateToLatest } from '../server/src/migrations';
import type { Actor } from '../server/src/core/access';

/** The database kinds the benchmarks run on. */
export type BenchKind = 'pglite' | 'postgres';

/** The machine line every report starts with. */
export function machine(): string {
  return `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** The 1-minute load average, to show whether other work shared the machine during a measurement. */
export function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(1);
}

/** Which databases the benchmarks run on: PGlite always, PostgreSQL when BENCH_DATABASE_URL (or the local default) answers. */
export async function benchDatabases(): Promise<BenchKind[]> {
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

async function adminQuery(text: string) {
  const base = pgUrl();
  const admin = new pg.Client({ connectionString: base, user: new URL(base).username });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** A new, empty database on the benchmark PostgreSQL server; returns its URL and a way to drop it. */
export async function createPgDatabase(prefix = 'ct_bench'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(pgUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

/** A benchmark database: the handle, its URL on PostgreSQL, and the engine's version. */
export type BenchDatabase = DatabaseHandle & { url?: string; version: string };

/**
 * A fresh, migrated database of the given kind: a new database on the server, or PGlite (in memory, or in a
 * data directory when one is given: the national scale does not fit the in-memory file system comfortably).
 */
export async function freshDatabase(kind: BenchKind, opts: { dataDir?: string } = {}): Promise<BenchDatabase> {
  const withVersion = async (h: DatabaseHandle & { url?: string }): Promise<BenchDatabase> => {
    const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(h.db);
    return { ...h, version: `${kind === 'pglite' ? 'PGlite (PostgreSQL' : 'PostgreSQL'} ${rows[0]!.v}${kind === 'pglite' ? ')' : ''}` };
  };
  if (kind === 'pglite') {
    const h = await openPglite(opts.dataDir);
    await migrateToLatest(h.db);
    return withVersion(h);
  }
  const { url, drop } = await createPgDatabase();
  const h = openPostgres(url, 10);
  await migrateToLatest(h.db);
  return withVersion({
    ...h,
    url,
    close: async () => {
      await h.close();
      await drop();
    },
  });
}

/** An actor for the benchmark's own writes. */
export const BENCH_ACTOR: Actor = {
  userId: '0',
  username: 'bench',
  displayName: 'bench',
  role: 'admin',
  scope: ['*'],
  reporterFor: null,
  language: 'en',
  sessionId: '',
  csrfToken: '',
};

/** Percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50, p95 and p99 of samples. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), n: sorted.length };
}

/** Formats a markdown table. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Formats a number with thousands separators and fixed decimals. */
export function fmt(v: number, d = 0): string {
  if (!Number.isFinite(v)) return '—';
  return v.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
}

/** ✅ when a measurement meets its target, ❌ when it does not. */
export function verdict(ok: boolean): string {
  return ok ? '✅' : '❌';
}

/** Times an async function, in milliseconds. */
export async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}
