import type { Db } from '../../database';
import type { Insertable } from 'kysely';
import type { IndicatorsTables } from './indicators.tables';

/** The catalogue. */
export function findIndicators(db: Db) {
  return db
    .selectFrom('indicator')
    .select(['code', 'name_vi', 'name_en', 'unit_vi', 'unit_en', 'kind', 'decimals', 'formula', 'builtin'])
    .orderBy('builtin', 'desc')
    .orderBy('code')
    .execute();
}

/** All categories, in display order. */
export function findCategories(db: Db) {
  return db.selectFrom('indicator_category').selectAll().orderBy('indicator_code').orderBy('sort').execute();
}

/** Adds a user-defined indicator. */
export function insertIndicator(db: Db, row: Insertable<IndicatorsTables['indicator']>) {
  return db.insertInto('indicator').values(row).execute();
}

/** Adds categories. */
export function insertCategories(db: Db, rows: Insertable<IndicatorsTables['indicator_category']>[]) {
  if (!rows.length) return Promise.resolve();
  return db.insertInto('indicator_category').values(rows).execute();
}
