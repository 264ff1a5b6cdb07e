import type { Db, DatabaseKind } from './database';
import type { Config } from './core/config';

/** What route handlers receive: the database and the configuration. */
export type AppDeps = { db: Db; kind: DatabaseKind; config: Config; modules: string[] };
