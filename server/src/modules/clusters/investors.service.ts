import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { enterprisesByTaxCode, requireTaxCode } from '../enterprises';
import * as repo from './clusters.repository';
import { loadCluster, type Writer, writerName } from './clusters.service';
import { num } from './rollups.repository';

/** The selection council's pass mark (Decree 32/2024: score out of 100). */
export const PASS_MARK = 50;

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
    selectionScore: num(r.selection_score),
    passed: r.selection_score === null ? null : Number(r.selection_score) >= PASS_MARK,
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
  selectionScore: number;
  totalInvestment: number;
  disbursedInvestment: number;
  basis?: string | null | undefined;
};

/**
 * Records the infrastructure investor (appended, audited): an enterprise of the registry scoring at least the pass mark;
 * disbursed investment cannot exceed the approved total.
 */
export async function setInvestor(db: Db, actor: Writer, province: string, clusterId: string, input: InvestorInput) {
  const taxCode = requireTaxCode(input.taxCode);
  if (input.selectionScore < PASS_MARK)
    throw new AppError('conflict', `A selection score of ${input.selectionScore} is below the pass mark of ${PASS_MARK}: the investor is not selected`, {
      field: 'selectionScore',
    });
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
      selection_score: input.selectionScore,
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
      after: { ...input, taxCode },
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
