import type { Insertable } from 'kysely';
import type { Db } from '../../database';
import type { ReportsTables } from './reports.tables';

/** The key of a unit's month. */
export type UnitMonth = { provinceCode: string; unitId: string; period: string };

/** Stores a generated report. */
export function insertVersion(db: Db, row: Insertable<ReportsTables['report_version']>) {
  return db.insertInto('report_version').values(row).returning(['id', 'generated_at']).executeTakeFirstOrThrow();
}

/** One stored report of a province, with its content. */
export function findVersion(db: Db, provinceCode: string, id: string) {
  return db.selectFrom('report_version').selectAll().where('province_code', '=', provinceCode).where('id', '=', id).executeTakeFirst();
}

/** The stored reports of a unit's month, newest first (without their content). */
export function findVersions(db: Db, k: UnitMonth) {
  return db
    .selectFrom('report_version')
    .select(['id', 'orgunit', 'period', 'lang', 'generated_at', 'generated_by_name', 'as_of', 'cutoff'])
    .where('province_code', '=', k.provinceCode)
    .where('unit_id', '=', k.unitId)
    .where('period', '=', k.period)
    .orderBy('id', 'desc')
    .execute();
}

/** The officer's sections of a unit's month in one language. */
export function findSections(db: Db, k: UnitMonth & { lang: 'vi' | 'en' }) {
  return db
    .selectFrom('report_section')
    .selectAll()
    .where('province_code', '=', k.provinceCode)
    .where('unit_id', '=', k.unitId)
    .where('period', '=', k.period)
    .where('lang', '=', k.lang)
    .executeTakeFirst();
}

/** Writes the sections as a new version: insert for version 1, else an update guarded by the previous version. */
export async function writeSections(db: Db, row: Insertable<ReportsTables['report_section']> & { version: number }) {
  if (row.version === 1) {
    const inserted = await db
      .insertInto('report_section')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .returning('version')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('report_section')
    .set({
      difficulties: row.difficulties,
      causes: row.causes,
      tasks: row.tasks,
      recommendations: row.recommendations,
      version: row.version,
      updated_at: new Date(),
      updated_by: row.updated_by,
      updated_by_name: row.updated_by_name,
    })
    .where('province_code', '=', row.province_code)
    .where('unit_id', '=', row.unit_id)
    .where('period', '=', row.period)
    .where('lang', '=', row.lang)
    .where('version', '=', row.version - 1)
    .returning('version')
    .executeTakeFirst();
  return updated !== undefined;
}
