import { sql } from 'kysely';
import type { Db } from '../../database';
import type { FigureBase, FigureStatus } from './compute';

/** One figure ready to be written by the bulk path (already validated and keyed). */
export type StagedFigure = {
  indicator_code: string;
  unit_id: string;
  province_code: string;
  period: string;
  period_year: number;
  category: string;
  base: FigureBase;
  value: number;
  status: FigureStatus;
  source: Record<string, unknown> | null;
  note: string | null;
};

const CHUNK = 20_000;

/**
 * Writes many figures set-based inside the caller's transaction: the rows go to a temporary staging
 * table (as JSON, one parameter per chunk), then one INSERT … SELECT appends a vintage for each row
 * whose value or status differs from the latest one. Returns how many vintages were written.
 */
export async function writeFiguresBulk(trx: Db, rows: StagedFigure[], meta: { importId: string | null; userId: string | null; sourceKind: 'import' | 'seed' | 'api' }): Promise<number> {
  await sql`create temp table if not exists figure_stage (
      indicator_code text, unit_id text, province_code text, period text, period_year smallint,
      category text, base text, value numeric, status text, source jsonb, note text) on commit drop`.execute(trx);
  await sql`truncate figure_stage`.execute(trx);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await sql`insert into figure_stage select * from json_populate_recordset(null::figure_stage, ${JSON.stringify(rows.slice(i, i + CHUNK))}::json)`.execute(trx);
  }
  const result = await sql`
    insert into figure_vintage (indicator_code, unit_id, province_code, period, period_year, category, base, version, value, status, source_kind, source, note, import_id, recorded_by)
    select s.indicator_code, s.unit_id, s.province_code, s.period, s.period_year, s.category, s.base,
           coalesce(l.version, 0) + 1, s.value, s.status, ${meta.sourceKind}, s.source, s.note, ${meta.importId}, ${meta.userId}
    from figure_stage s
    left join lateral (
      select f.version, f.value, f.status from figure_vintage f
      where f.province_code = s.province_code and f.unit_id = s.unit_id and f.period_year = s.period_year and f.indicator_code = s.indicator_code
        and f.period = s.period and f.category = s.category and f.base = s.base
      order by f.version desc limit 1
    ) l on true
    where l.version is null or l.value <> s.value or l.status <> s.status`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
