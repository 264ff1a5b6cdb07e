import type { Db } from '../../database';
import { findDataVersions, versionText, type DataVersions } from '../../db/data-version';

type Entry = { versions: string; json: string };

/** The data-version domain of the figures, plans, scenarios, publications and catalogue (see the module's migrations). */
export const INDICATORS_DOMAIN = 'indicators';

/** Answers kept per database handle; a few hundred (unit × month) answers at most, the oldest dropped first. */
const MAX_ENTRIES = 256;
const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * The JSON of an answer computed from the indicator data of some provinces, kept in memory and served again while
 * the data versions of those provinces (and of the catalogue) are unchanged. The versions come with the session
 * (`known`, read in the same query) or are read here; either way before computing, so an answer is never kept under a
 * version older than the data it was computed from. A write renews the versions in its own transaction, so the very
 * next request after a save recomputes — in this process and in any other.
 */
export async function cachedJson(
  db: Db,
  q: { key: string; provinceCodes: string[]; known: DataVersions | null },
  compute: () => Promise<unknown>,
): Promise<string> {
  const versions = versionText(q.known ?? (await findDataVersions(db, INDICATORS_DOMAIN, q.provinceCodes)), INDICATORS_DOMAIN, q.provinceCodes);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(q.key);
  if (hit && hit.versions === versions) return hit.json;
  const json = JSON.stringify(await compute());
  cache.delete(q.key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(q.key, { versions, json });
  return json;
}
