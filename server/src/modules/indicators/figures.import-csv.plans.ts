import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { writePlansBulk, type PlanRow } from './plans.bulk';
import { appProblem, duplicateRowProblem, numberCell, orgunitProblem, problem, type Cache, type ImportProblem } from './figures.import-csv.rows';

type Row = Record<string, string>;

/** The plan rows that passed their checks, the line each came from, and the problems of the others by line. */
type CheckedPlans = { byLine: Map<number, ImportProblem[]>; rows: PlanRow[]; lines: number[] };

/**
 * Checks every plan row's form, then writes the good ones set-based (plans.bulk.ts, savePlan's rules); the problems
 * come in row order, as they did row by row.
 */
export async function importPlans(db: Db, actor: Actor | null, records: Row[], problems: ImportProblem[], cache: Cache) {
  const { byLine, rows, lines } = checkPlanRows(actor, records, cache);
  const result = await writePlansBulk(db, actor, rows, cache);
  for (const [index, error] of result.errors) byLine.set(lines[index]!, [appProblem(error, lines[index]!, records[lines[index]! - 2]!)]);
  problems.push(...[...byLine.entries()].sort(([a], [b]) => a - b).flatMap(([, p]) => p));
  return result;
}

function checkPlanRows(actor: Actor | null, records: Row[], cache: Cache): CheckedPlans {
  const checkedPlans: CheckedPlans = { byLine: new Map(), rows: [], lines: [] };
  const seen = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    const checked = checkPlanRow(actor, i + 2, r, cache);
    if ('problems' in checked) {
      checkedPlans.byLine.set(i + 2, checked.problems);
      continue;
    }
    // One plan per indicator, unit, year and category: a second row for it would make the file's meaning depend on row order.
    const { indicator, orgunit, year, category } = checked.row;
    const id = `${indicator}|${cache.orgunits.get(orgunit)!.unit.id}|${year}|${category ?? ''}`;
    const first = seen.get(id);
    if (first !== undefined) {
      checkedPlans.byLine.set(i + 2, [duplicateRowProblem(i + 2, 'year', r.year ?? '', first)]);
      continue;
    }
    seen.set(id, i + 2);
    checkedPlans.rows.push(checked.row);
    checkedPlans.lines.push(i + 2);
  }
  return checkedPlans;
}

/** One plan row's form: numbers, year, a plan or a growth, the unit known and in scope. */
function checkPlanRow(actor: Actor | null, line: number, r: Row, cache: Cache): { row: PlanRow } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const plan = numberCell(line, 'plan', r.plan, problems, true);
  const growth = numberCell(line, 'growth', r.growth, problems, true);
  if (!/^\d{4}$/.test(r.year ?? '')) problems.push(problem(line, 'year', r.year ?? '', 'năm phải có 4 chữ số', 'the year must have 4 digits'));
  if ((plan === null || plan === undefined) && (growth === null || growth === undefined))
    problems.push(problem(line, 'plan', r.plan ?? '', 'cần giá trị kế hoạch hoặc tốc độ tăng (growth)', 'a plan value or a growth rate is needed'));
  const unit = orgunitProblem(actor, line, r, cache);
  if (unit) problems.push(unit);
  if (problems.length) return { problems };
  return {
    row: {
      indicator: r.indicator ?? '',
      orgunit: r.orgunit ?? '',
      year: Number(r.year),
      category: r.category?.trim() || null,
      plan: plan ?? null,
      growth: plan === null ? (growth ?? null) : null,
      basis: r.basis?.trim() || null,
    },
  };
}
