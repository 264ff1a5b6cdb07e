import { sql } from 'kysely';
import type { Db } from '../../database';

/** The latest month (YYYY-MM) with any figure for a unit, or null. */
export async function findLatestMonth(db: Db, unitId: string, provinceCodes: string[]): Promise<string | null> {
  const { rows } = await sql<{ period: string }>`
    select max(period) as period from figure_latest
    where province_code in (${sql.join(provinceCodes)}) and unit_id = ${unitId} and period ~ '^[0-9]{4}-[0-9]{2}$'`.execute(db);
  return rows[0]?.period ?? null;
}
