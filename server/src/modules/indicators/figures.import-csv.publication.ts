import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import type { StagedFigure } from './figures.bulk';
import { findLatestVintage } from './figures.repository';
import { lockedMonths } from './publication.service';
import { problem, type ImportProblem } from './figures.import-csv.rows';

/**
 * A published month is locked: a row that would change one is refused, unless a director gives a reason
 * (column `reason`), which is kept on the new vintage. Unchanged rows pass, so re-importing stays idempotent.
 */
export async function publishedMonthProblems(trx: Db, actor: Actor | null, staged: StagedFigure[]): Promise<ImportProblem[]> {
  const months = staged.filter((r) => /^\d{4}-\d{2}$/.test(r.period));
  const locked = await lockedMonths(
    trx,
    months.map((r) => ({ unitId: r.unit_id, provinceCode: r.province_code, period: r.period })),
  );
  if (!locked.size) return [];
  const problems: ImportProblem[] = [];
  for (const r of months.filter((m) => locked.has(`${m.unit_id}|${m.period}`))) {
    if (await changesNothingPublished(trx, r)) continue;
    if (actor?.role === 'director' && r.reason) continue;
    problems.push(lockedMonthProblem(actor, r));
  }
  return problems;
}

/** True when the figure has no vintage yet or the row repeats its latest value and status. */
async function changesNothingPublished(trx: Db, r: StagedFigure) {
  const latest = await findLatestVintage(trx, {
    indicator: r.indicator_code,
    unitId: r.unit_id,
    provinceCode: r.province_code,
    year: r.period_year,
    period: r.period,
    category: r.category,
    base: r.base,
  });
  return !latest || (Number(latest.value) === r.value && latest.status === r.status);
}

/** A director is asked for the reason; anyone else is told the month is locked. */
function lockedMonthProblem(actor: Actor | null, r: StagedFigure): ImportProblem {
  const row = Number((r.source as { row?: number } | null)?.row ?? 0);
  if (actor?.role === 'director')
    return problem(
      row,
      'reason',
      '',
      `tháng ${r.period} đã công bố: cần ghi lý do điều chỉnh ở cột reason`,
      `month ${r.period} is published: give the reason for the change in the reason column`,
    );
  return problem(
    row,
    'period',
    r.period,
    `tháng ${r.period} đã công bố và bị khóa; chỉ Giám đốc được điều chỉnh (kèm lý do)`,
    `month ${r.period} is published and locked; only a director may change it, with a reason`,
  );
}
