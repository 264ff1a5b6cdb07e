import { sql } from 'kysely';
import type { Db } from '../../database';

/** A (unit, month) of one province. */
export type MonthKey = { provinceCode: string; unitId: string; period: string };

/** The latest publication action of each month of a unit in some years (one row per month that ever had one). */
export async function findLatestActions(db: Db, q: { provinceCodes: string[]; unitId: string; years: number[] }) {
  if (!q.provinceCodes.length || !q.years.length) return [];
  const { rows } = await sql<{
    period: string;
    action: 'publish' | 'unpublish';
    reason: string | null;
    recorded_at: Date;
    username: string | null;
    display_name: string | null;
  }>`
    select distinct on (p.period) p.period, p.action, p.reason, p.recorded_at, u.username, u.display_name
    from month_publication p left join user_account u on u.id = p.recorded_by
    where p.province_code in (${sql.join(q.provinceCodes)}) and p.unit_id = ${q.unitId} and p.period_year in (${sql.join(q.years)})
    order by p.period, p.id desc`.execute(db);
  return rows;
}

/** The latest publication action of one month, or undefined. */
export function findLatestAction(db: Db, key: MonthKey) {
  return db
    .selectFrom('month_publication')
    .select(['action', 'reason', 'recorded_at'])
    .where('province_code', '=', key.provinceCode)
    .where('unit_id', '=', key.unitId)
    .where('period', '=', key.period)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Appends a publish or unpublish action. */
export function insertAction(db: Db, row: MonthKey & { year: number; action: 'publish' | 'unpublish'; reason: string | null; userId: string | null }) {
  return db
    .insertInto('month_publication')
    .values({
      province_code: row.provinceCode,
      unit_id: row.unitId,
      period: row.period,
      period_year: row.year,
      action: row.action,
      reason: row.reason,
      recorded_by: row.userId,
    })
    .returning(['id', 'recorded_at'])
    .executeTakeFirstOrThrow();
}

/** Every action on a unit's months of a year, newest first, with who acted. */
export function findActions(db: Db, q: { provinceCodes: string[]; unitId: string; year: number }) {
  return db
    .selectFrom('month_publication as p')
    .leftJoin('user_account as u', 'u.id', 'p.recorded_by')
    .select(['p.period', 'p.action', 'p.reason', 'p.recorded_at', 'u.username', 'u.display_name'])
    .where('p.province_code', 'in', q.provinceCodes)
    .where('p.unit_id', '=', q.unitId)
    .where('p.period_year', '=', q.year)
    .orderBy('p.id', 'desc')
    .execute();
}
