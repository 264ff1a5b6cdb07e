import { Migrator, type Migration } from 'kysely';
import type { Db } from './database';
import { dataVersionMigration } from './db/data-version';
import { accountsMigrations } from './modules/accounts';
import { auditMigrations } from './modules/audit';
import { placesMigrations } from './modules/places';
import { indicatorsMigrations } from './modules/indicators';
import { reportsMigrations } from './modules/reports';
import { enterprisesMigrations } from './modules/enterprises';
import { clustersMigrations } from './modules/clusters';

/** Every module's migrations, applied in name order (names start with a timestamp). */
export const allMigrations: Record<string, Migration> = {
  ...accountsMigrations,
  ...auditMigrations,
  ...placesMigrations,
  ...indicatorsMigrations,
  ...reportsMigrations,
  ...enterprisesMigrations,
  ...clustersMigrations,
  '20261124_0100_db_data_version': dataVersionMigration,
};

/** Applies pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Db) {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => allMigrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
