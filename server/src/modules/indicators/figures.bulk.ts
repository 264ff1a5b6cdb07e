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
  reason?: string | null;
};

const CHUNK = 20_000;

const COLUMNS = sql.raw(
  'indicator_code, unit_id, province_code, period, period_year, category, base, version, value, status, source_kind, source, note, reason, import_id, recorded_by',
);

/** True when the store holds any figure of these provinces, units, years and indicators (else every row is a first version). */
async function anyStored(trx: Db, rows: StagedFigure[]): Promise<boolean> {
  const distinct = <K extends keyof StagedFigure>(k: K) => sql.join([...new Set(rows.map((r) => r[k]))]);
  const { rows: found } = await sql`
    select 1 from figure_latest
    where province_code in (${distinct('province_code')}) and unit_id in (${distinct('unit_id')})
      and period_year in (${distinct('period_year')}) and indicator_code in (${distinct('indicator_code')})
    limit 1`.execute(trx);
  return found.length > 0;
}

/**
 * Writes many figures set-based inside the caller's transaction, one statement per chunk of rows (sent as one JSON
 * parameter): each row becomes a vintage unless its value and status equal the latest one's (read from figure_latest). When the store holds
 * no figure of the rows' provinces, units, years and indicators (a first import), every row is version 1 and the
 * per-row lookup of the latest vintage is skipped. The caller guarantees one row per key (the import refuses
 * duplicates). Returns how many vintages were written.
 */
export async function writeFiguresBulk(
  trx: Db,
  rows: StagedFigure[],
  meta: { importId: string | null; userId: string | null; sourceKind: 'import' | 'seed' | 'api' },
): Promise<number> {
  if (!rows.length) return 0;
  const lookup = await anyStored(trx, rows);
  let written = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const from = sql`json_to_recordset(${JSON.stringify(rows.slice(i, i + CHUNK))}::json) as s(indicator_code text, unit_id text, province_code text, period text, period_year smallint, category text, base text, value numeric, status text, source jsonb, note text, reason text)`;
    const result = lookup
      ? await sql`
          insert into figure_vintage (${COLUMNS})
          select s.indicator_code, s.unit_id, s.province_code, s.period, s.period_year, s.category, s.base,
                 coalesce(l.version, 0) + 1, s.value, s.status, ${meta.sourceKind}, s.source, s.note, s.reason, ${meta.importId}, ${meta.userId}
          from ${from}
          left join figure_latest l
            on l.province_code = s.province_code and l.unit_id = s.unit_id and l.period_year = s.period_year and l.indicator_code = s.indicator_code
              and l.period = s.period and l.category = s.category and l.base = s.base
          where l.version is null or l.value <> s.value or l.status <> s.status`.execute(trx)
      : await sql`
          insert into figure_vintage (${COLUMNS})
          select s.indicator_code, s.unit_id, s.province_code, s.period, s.period_year, s.category, s.base,
                 1, s.value, s.status, ${meta.sourceKind}, s.source, s.note, s.reason, ${meta.importId}, ${meta.userId}
          from ${from}`.execute(trx);
    written += Number(result.numAffectedRows ?? 0);
  }
  return written;
}
