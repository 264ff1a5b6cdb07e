import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from './core/config';
import { logger } from './core/logger';
import { PGliteDialect } from './db/pglite-dialect';
import { acquireDataDirLock, type DataDirLock } from './db/data-dir-lock';
import { copyTemplate, isNewPgdata } from './db/pglite-template';
import type { AccountsTables } from './modules/accounts';
import type { AuditTables } from './modules/audit';
import type { PlacesTables } from './modules/places';
import type { IndicatorsTables } from './modules/indicators';
import type { ReportsTables } from './modules/reports';
import type { EnterprisesTables } from './modules/enterprises';
import type { ClustersTables } from './modules/clusters';

/** Every module's tables together: the type Kysely checks queries against. */
export type Database = AccountsTables & AuditTables & PlacesTables & IndicatorsTables & ReportsTables & EnterprisesTables & ClustersTables;

/** The database handle every service takes first. */
export type Db = Kysely<Database>;

/** Which engine a handle runs on. */
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database with its engine and a way to close it; for a PGlite data directory, how it came to be. */
export type DatabaseHandle = { db: Db; kind: DatabaseKind; close: () => Promise<void>; pglite?: PGlite; origin?: 'existing' | 'template' | 'initdb' };

/** `pgliteTemplate`: asked only when the data directory holds no database yet, for a template to copy (null: none). */
export type CreateDatabaseOptions = { pgliteTemplate?: () => string | null };

// DATE as 'YYYY-MM-DD' text, INT8 and NUMERIC as strings: both drivers return the same types.
const OID = { date: 1082, int8: 20, numeric: 1700 } as const;
pg.types.setTypeParser(OID.date, (v: string) => v);

/** PGlite parsers matching the pg driver's behaviour. */
export const pgliteParsers = {
  [types.INT8]: (v: string) => v,
  [types.DATE]: (v: string) => v,
  [types.NUMERIC]: (v: string) => v,
};

/**
 * Opens PostgreSQL when a URL is given, otherwise PGlite in the data directory (locked to this process). A data
 * directory without a database starts as a copy of the template when one is given (else, or if it fails, initdb).
 */
export async function createDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>, options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(config.dataDir);
  try {
    const pgdata = path.join(config.dataDir, 'pgdata');
    const isNew = isNewPgdata(pgdata);
    const template = isNew ? (options.pgliteTemplate?.() ?? null) : null;
    let origin: DatabaseHandle['origin'] = template && copyTemplate(template, pgdata) ? 'template' : isNew ? 'initdb' : 'existing';
    let handle: DatabaseHandle;
    try {
      handle = await openPglite(pgdata);
    } catch (error) {
      if (origin !== 'template') throw error;
      logger.error('the copy of the PGlite template does not open; creating the database with initdb', { template, error: (error as Error).message });
      fs.rmSync(pgdata, { recursive: true, force: true });
      origin = 'initdb';
      handle = await openPglite(pgdata);
    }
    return {
      ...handle,
      origin,
      close: async () => {
        await handle.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens a PostgreSQL server through a pool. */
export function openPostgres(url: string, max = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max, user: new URL(url).username || process.env.PGUSER || 'postgres' });
  // An idle connection closed by the server (restart, terminated backend) must not crash the process: log it; the pool reconnects.
  pool.on('error', (error) => logger.error('idle PostgreSQL connection lost', { error: error.message }));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** Opens PGlite in a directory, or in memory when dataDir is undefined (or from a dump). */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const pglite = await PGlite.create({ dataDir, loadDataDir, parsers: pgliteParsers });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy(), pglite };
}
