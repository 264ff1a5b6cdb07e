import { createUser } from '../modules/accounts';
import type { createTestApp } from '../test/app';
import provincesData from '../modules/places/data/provinces.json';
import { sql } from 'kysely';
import pg from 'pg';
import { listTables } from '../db/backup';
import { openPostgres, type Db, type DatabaseHandle } from '../database';
import { migrateToLatest } from '../migrations';
import { createIndicator } from '../modules/indicators/indicators.service';
import type { Actor } from '../core/access';

/** The PostgreSQL server the reliability tests use besides PGlite (TEST_DATABASE_URL, else the local one). */
export const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test';

const pgUser = (url: string) => new URL(url).username || process.env.PGUSER || 'postgres';

/** True when the PostgreSQL server answers. */
export async function pgAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, user: pgUser(PG_URL), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: PG_URL, user: pgUser(PG_URL) });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, migrated PostgreSQL database with its URL; close() drops it. */
export async function freshPgDatabase(): Promise<DatabaseHandle & { url: string }> {
  const name = `ct_rel_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 10);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * A fingerprint of every row of every application table (md5 of the rows' text, in a stable order), and the row
 * counts. Two equal fingerprints mean the tables hold the same rows, byte for byte. Identity sequences are left out
 * on purpose: PostgreSQL never gives back a number a rolled-back insert took.
 */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await listTables(db)) {
    const { rows } = await sql<{ n: string; h: string | null }>`
      select count(*)::text as n, md5(string_agg(t::text, E'\\n' order by t::text)) as h from ${sql.id(table)} t`.execute(db);
    out[table] = `${rows[0]!.n}:${rows[0]!.h ?? '-'}`;
  }
  return out;
}

/** The system actor the tests use for set-up writes. */
export const SETUP_ACTOR: Actor = {
  userId: '0',
  username: 'setup',
  displayName: 'setup',
  role: 'admin',
  scope: ['*'],
  reporterFor: null,
  language: 'en',
  sessionId: '',
  csrfToken: '',
};

/** Creates flow indicators REL_01… with categories c1… (for large generated files). */
export async function createTestIndicators(db: Db, count: number, categories: number) {
  for (let i = 1; i <= count; i++) {
    const code = `REL_${String(i).padStart(2, '0')}`;
    await createIndicator(db, SETUP_ACTOR, {
      code,
      nameVi: `Chỉ tiêu thử ${code}`,
      nameEn: `Test ${code}`,
      unitVi: 'tỷ đồng',
      unitEn: 'billion VND',
      kind: 'flow',
      decimals: 1,
      categories: Array.from({ length: categories }, (_, c) => ({ code: `c${c + 1}`, dimension: 'test', nameVi: `c${c + 1}`, nameEn: `c${c + 1}` })),
    });
  }
}

/** The 34 province codes in force since 1 July 2025 (from the places data file). */
export const PROVINCES: string[] = provincesData.after.units.map((u) => u.code);

/** A large figures CSV over REL_ indicators: every province × indicator × category (and total) × month of the years. */
export function bigFiguresCsv(o: { indicators: number; categories: number; years: number[] }): { csv: string; rows: number } {
  const lines = ['indicator,orgunit,period,value,status,category'];
  let n = 0;
  for (const province of PROVINCES)
    for (let i = 1; i <= o.indicators; i++)
      for (const category of ['', ...Array.from({ length: o.categories }, (_, c) => `c${c + 1}`)])
        for (const year of o.years)
          for (let m = 1; m <= 12; m++) {
            lines.push(
              `REL_${String(i).padStart(2, '0')},${province},${year}-${String(m).padStart(2, '0')},${((n * 7919) % 100000) / 10 + 1},official,${category}`,
            );
            n++;
          }
  return { csv: lines.join('\n') + '\n', rows: n };
}

let counter = 0;
/** Creates a user with the password "test-password" and returns the username. */
export async function newUser(t: Awaited<ReturnType<typeof createTestApp>>, role: 'admin' | 'director' | 'officer' | 'viewer', scope: string[]) {
  const username = `sec.${role}.${++counter}.${Math.random().toString(36).slice(2, 7)}`;
  await createUser(t.db, null, { username, displayName: username, role, scope, password: 'test-password' });
  return username;
}
