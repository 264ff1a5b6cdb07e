import { logger } from './core/logger';
import { openPglite } from './database';
import { MODULES_DIR, PGLITE_TEMPLATE_ROOT, findTemplate, migrationSourcesHash, pgliteVersion, writeTemplate, type TemplateInfo } from './db/pglite-template';
import { allMigrations, migrateToLatest } from './migrations';

/** What the template for this code must hold: this PGlite, these migrations. */
export function currentTemplateInfo(): TemplateInfo {
  return { pglite: pgliteVersion(), migrations: Object.keys(allMigrations).sort(), sources: migrationSourcesHash(MODULES_DIR) };
}

/** The up-to-date template's pgdata directory, or null (none built, or built for other migrations or another PGlite). */
export function currentPgliteTemplate(root = PGLITE_TEMPLATE_ROOT): string | null {
  try {
    return findTemplate(root, currentTemplateInfo());
  } catch (error) {
    logger.error('could not look for the PGlite template', { error: (error as Error).message });
    return null;
  }
}

/** A migrated, empty PGlite database as a data-directory dump (gzip tarball): made in memory, where initdb is fastest. */
export async function migratedPgliteDump(): Promise<Blob> {
  const handle = await openPglite();
  try {
    await migrateToLatest(handle.db);
    return await handle.pglite!.dumpDataDir('gzip');
  } finally {
    await handle.close();
  }
}

/** Makes the template for the current migrations unless it exists, from `dump` when given (same migrations). */
export async function buildPgliteTemplate(root = PGLITE_TEMPLATE_ROOT, dump?: Blob) {
  return writeTemplate(root, currentTemplateInfo(), async (pgdata) => {
    const handle = await openPglite(pgdata, dump ?? (await migratedPgliteDump()));
    await handle.close();
  });
}
