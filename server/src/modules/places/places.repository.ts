import type { Db } from '../../database';

const unitColumns = ['id', 'code', 'level', 'kind', 'name', 'name_en', 'province_code', 'valid_from', 'valid_to'] as const;

/** The unit that held a code on a date. */
export function findUnitByCodeOn(db: Db, code: string, date: string) {
  return db
    .selectFrom('admin_unit')
    .select(unitColumns)
    .where('code', '=', code)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .executeTakeFirst();
}

/** Units by id. */
export function findUnitsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('admin_unit').select(unitColumns).where('id', 'in', ids).execute();
}

/** Provinces in force on a date, by code. */
export function listProvincesOn(db: Db, date: string) {
  return db
    .selectFrom('admin_unit')
    .select(unitColumns)
    .where('level', '=', 'province')
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .orderBy('code')
    .execute();
}

/** Succession rows touching the given units, either way. */
export function findSuccessions(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('admin_unit_succession')
    .selectAll()
    .where((eb) => eb.or([eb('successor_id', 'in', unitIds), eb('predecessor_id', 'in', unitIds)]))
    .execute();
}

/** Communes of a province in force today. */
export function listCommunes(db: Db, provinceCode: string) {
  return db
    .selectFrom('admin_unit')
    .select(unitColumns)
    .where('level', '=', 'commune')
    .where('province_code', '=', provinceCode)
    .where('valid_to', 'is', null)
    .orderBy('code')
    .execute();
}

/** Inserts communes, skipping ids already present (re-importing the same list changes nothing). */
export async function insertCommunes(
  db: Db,
  rows: { id: string; code: string; name: string; name_en: string; kind: string; province_code: string; valid_from: string }[],
) {
  if (rows.length === 0) return 0;
  const result = await db
    .insertInto('admin_unit')
    .values(rows.map((r) => ({ ...r, level: 'commune' as const, valid_to: null })))
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Every province-level unit and every succession link (about a hundred rows): the directory resolved in memory. */
export async function loadProvinceDirectory(db: Db) {
  const [units, links] = await Promise.all([
    db.selectFrom('admin_unit').select(unitColumns).where('level', '=', 'province').execute(),
    db.selectFrom('admin_unit_succession').selectAll().execute(),
  ]);
  return { units, links };
}
