import { sql, type Insertable } from 'kysely';
import type { IndicatorsTables } from './indicators.tables';
import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import type { FigureBase, FigureStatus } from './compute';

/** The latest vintage of a stored figure with what the grid and the import preview show of it. */
export type LatestVintage = {
  indicator_code: string;
  unit_id: string;
  period: string;
  category: string;
  base: FigureBase;
  value: string;
  status: FigureStatus;
  version: number;
  source_kind: string;
  source: Record<string, unknown> | null;
  reason: string | null;
  recorded_at: Date;
};

/** The latest vintage of every figure of some units in some years (every period key, every category and base). */
export async function findLatestOfYears(
  db: Db,
  q: { provinceCodes: string[]; unitIds: string[]; years: number[]; indicators?: string[] },
): Promise<LatestVintage[]> {
  if (!q.provinceCodes.length || !q.unitIds.length || !q.years.length) return [];
  const { rows } = await sql<LatestVintage>`
    select distinct on (unit_id, indicator_code, period, category, base)
      indicator_code, unit_id, period, category, base, value, status, version, source_kind, source, reason, recorded_at
    from figure_vintage
    where province_code in (${sql.join(q.provinceCodes)})
      and unit_id in (${sql.join(q.unitIds)})
      and period_year in (${sql.join(q.years)})
      ${q.indicators?.length ? sql`and indicator_code in (${sql.join(q.indicators)})` : sql``}
    order by unit_id, indicator_code, period, category, base, version desc`.execute(db);
  return rows;
}

/** Records an XLSX import (the same table as the CSV import). */
export function insertImport(db: Db, row: { fileName: string; sha256: string; kind: string; total: number; userId: string | null }) {
  return db
    .insertInto('figure_import')
    .values({ file_name: row.fileName, sha256: row.sha256, kind: row.kind, rows_total: row.total, rows_written: 0, imported_by: row.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Sets how many vintages an import wrote. */
export function finishImport(db: Db, id: string, written: number) {
  return db.updateTable('figure_import').set({ rows_written: written }).where('id', '=', id).execute();
}

/** The key of a figure as the store holds it. */
export const storedKey = (r: { unit_id: string; indicator_code: string; period: string; category: string; base: string }) =>
  `${r.unit_id}|${r.indicator_code}|${r.period}|${r.category}|${r.base}`;

/** A vintage to append. */
export type NewVintage = Insertable<IndicatorsTables['figure_vintage']>;

const CHUNK = 500;

/**
 * Appends vintages in chunks, in the caller's transaction. A row whose version another writer took meanwhile
 * violates the unique key: reported as a conflict, and the caller's transaction is rolled back.
 */
export async function insertVintages(db: Db, rows: NewVintage[], onChunk?: (done: number) => void) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    try {
      await db
        .insertInto('figure_vintage')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new AppError('conflict', 'Someone saved some of these figures at the same moment; import the file again');
      throw error;
    }
    onChunk?.(Math.min(i + CHUNK, rows.length));
  }
}
