import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { enterprisesByTaxCode, requireTaxCode } from '../enterprises';
import * as repo from './clusters.repository';
import { loadCluster, type Writer, writerName } from './clusters.service';
import { num } from './rollups.repository';
import { equityMet, equityPercent, PASS_MARK, selectionProblems, totalScore, type GroupScores } from './investor-selection.rules';

export { PASS_MARK } from './investor-selection.rules';

type InvestorRow = Awaited<ReturnType<typeof repo.listInvestorFacts>>[number];

/** The group scores of a fact, or null for a fact recorded with its total only (before the groups were kept). */
function groupScoresOf(r: InvestorRow): GroupScores | null {
  const [group1, group2, group3, group4] = [r.score_group_1, r.score_group_2, r.score_group_3, r.score_group_4].map((v) => (v === null ? null : Number(v)));
  if (
    group1 === null ||
    group1 === undefined ||
    group2 === null ||
    group2 === undefined ||
    group3 === null ||
    group3 === undefined ||
    group4 === null ||
    group4 === undefined
  )
    return null;
  return { group1, group2, group3, group4 };
}

/** The investor history of a cluster (appended facts; the last one is in force, a withdrawal has no tax code). */
export async function investorHistory(db: Db, clusterId: string) {
  const rows = await repo.listInvestorFacts(db, clusterId);
  const names = await enterprisesByTaxCode(
    db,
    rows.map((r) => r.enterprise_tax_code).filter((t): t is string => t !== null),
  );
  const facts = rows.map((r) => ({
    id: String(r.id),
    taxCode: r.enterprise_tax_code,
    name: r.enterprise_tax_code ? (names.get(r.enterprise_tax_code)?.name ?? null) : null,
    /** The total score: the sum of the groups when they were recorded, else the total recorded alone (older facts). */
    selectionScore: num(r.selection_score),
    groupScores: groupScoresOf(r),
    passed: r.selection_score === null ? null : Number(r.selection_score) >= PASS_MARK,
    ownerEquity: num(r.owner_equity),
    equityPercent: r.owner_equity === null || r.total_investment === null ? null : equityPercent(Number(r.owner_equity), Number(r.total_investment)),
    equityMet: r.owner_equity === null || r.total_investment === null ? null : equityMet(Number(r.owner_equity), Number(r.total_investment)),
    totalInvestment: num(r.total_investment),
    disbursedInvestment: num(r.disbursed_investment),
    basis: r.basis,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    withdrawn: r.enterprise_tax_code === null,
  }));
  const last = facts.at(-1);
  return { current: last && !last.withdrawn ? last : null, history: facts };
}

/** Investor input. */
export type InvestorInput = {
  taxCode: string;
  /** The council's four group scores (0–15, 0–15, 0–30, 0–40); the total is their sum. */
  groupScores: GroupScores;
  /** Owner's equity (tỷ đồng): at least 15 % of the total investment. */
  ownerEquity: number;
  totalInvestment: number;
  disbursedInvestment: number;
  basis?: string | null | undefined;
};

/**
 * Records the infrastructure investor (appended, audited): an enterprise of the registry whose group scores are each
 * within their weight, total at least the pass mark, and whose owner's equity is at least 15 % of the total
 * investment (`409` naming each refused field with its numbers, in English and Vietnamese); disbursed investment
 * cannot exceed the approved total.
 */
export async function setInvestor(db: Db, actor: Writer, province: string, clusterId: string, input: InvestorInput) {
  const taxCode = requireTaxCode(input.taxCode);
  const problems = selectionProblems(input);
  if (problems.some((p) => p.code === 'group_over_weight'))
    throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), { fields: problems });
  if (problems.length)
    throw new AppError('conflict', problems.map((p) => p.message).join('; '), {
      ...(problems.some((p) => p.code === 'below_pass_mark') ? { field: 'selectionScore' } : { field: 'ownerEquity' }),
      fields: problems,
    });
  const selectionScore = totalScore(input.groupScores);
  if (input.disbursedInvestment > input.totalInvestment)
    throw new AppError('validation_failed', 'Disbursed investment cannot exceed the approved total', {
      fields: [{ path: 'body.disbursedInvestment', message: 'greater than totalInvestment' }],
    });
  return db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId, { forUpdate: true });
    if (!(await enterprisesByTaxCode(trx, [taxCode])).has(taxCode))
      throw new AppError('not_found', `No enterprise ${taxCode} in the registry: register it first`, { field: 'taxCode' });
    await repo.insertInvestorFact(trx, {
      cluster_id: clusterId,
      province_code: province,
      enterprise_tax_code: taxCode,
      selection_score: selectionScore,
      score_group_1: input.groupScores.group1,
      score_group_2: input.groupScores.group2,
      score_group_3: input.groupScores.group3,
      score_group_4: input.groupScores.group4,
      owner_equity: input.ownerEquity,
      total_investment: input.totalInvestment,
      disbursed_investment: input.disbursedInvestment,
      basis: input.basis ?? null,
      recorded_by: writerName(actor),
    });
    await recordAudit(trx, actor, {
      entity: 'cluster_investor',
      entityId: clusterId,
      action: 'set',
      provinceCode: province,
      before: null,
      after: { ...input, taxCode, selectionScore },
    });
    return investorHistory(trx, clusterId);
  });
}

/** Records that the investor withdrew (appended, audited): the cluster stays, without an investor. */
export async function withdrawInvestor(db: Db, actor: Writer, province: string, clusterId: string, basis: string) {
  return db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId, { forUpdate: true });
    const { current } = await investorHistory(trx, clusterId);
    if (!current) throw new AppError('conflict', 'The cluster has no investor to withdraw');
    await repo.insertInvestorFact(trx, { cluster_id: clusterId, province_code: province, enterprise_tax_code: null, basis, recorded_by: writerName(actor) });
    await recordAudit(trx, actor, {
      entity: 'cluster_investor',
      entityId: clusterId,
      action: 'withdraw',
      provinceCode: province,
      before: current,
      after: { basis },
    });
    return investorHistory(trx, clusterId);
  });
}
