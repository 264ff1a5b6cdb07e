import type { Db } from '../../database';
import { enterprisesByTaxCode } from '../enterprises';
import { resolveUnit, today } from '../places';
import * as repo from './reporting.repository';
import * as tenantsRepo from './tenants.repository';
import { listClusterFigures } from './rollups.repository';
import { deadlineOf, getRound } from './rounds.service';
import { dueStatus, type DueStatus } from './rounds.rules';
import type { FormCode } from './clusters.tables';

/** One expected report on the board. */
export type BoardRow = {
  form: FormCode;
  subjectId: string;
  name: string;
  detail: string | null;
  deadline: string;
  status: DueStatus;
  versions: number;
  firstSubmittedAt: Date | null;
  lastSubmittedAt: Date | null;
  lastLate: boolean | null;
};

/**
 * Who has and has not reported in a round: Biểu 01 from every enterprise with an operating project in the province's
 * clusters on the cut-off, Biểu 02 from every cluster with an investor, Biểu 03 from every commune with clusters,
 * Biểu 04 from the province; each due or overdue by the day, or submitted (late when its first version was late).
 */
export async function roundBoard(db: Db, province: string, period: string, day = today()) {
  const round = await getRound(db, province, period);
  const clusters = await listClusterFigures(db, { provinces: [province] }, round.cutOff);
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  const tenants = (
    await tenantsRepo.listTenantsOfClusters(
      db,
      clusters.map((c) => c.id),
    )
  ).filter(
    (t) =>
      t.operating_from !== null &&
      t.operating_from <= round.cutOff &&
      (t.signed_on === null || t.signed_on <= round.cutOff) &&
      (t.stopped_on === null || t.stopped_on > round.cutOff),
  );
  const enterprises = await enterprisesByTaxCode(
    db,
    tenants.map((t) => t.enterprise_tax_code),
  );
  const investors = await enterprisesByTaxCode(
    db,
    clusters.map((c) => c.investor?.taxCode).filter((t): t is string => Boolean(t)),
  );
  const submissions = await repo.listRoundSubmissions(db, round.id);
  const row = (form: FormCode, subjectId: string, name: string, detail: string | null): BoardRow => {
    const versions = submissions.filter((s) => s.form === form && s.subject_id === subjectId);
    const first = versions[0] ?? null;
    const last = versions.at(-1) ?? null;
    const deadline = deadlineOf(round, form);
    return {
      form,
      subjectId,
      name,
      detail,
      deadline,
      status: dueStatus(deadline, day, first),
      versions: versions.length,
      firstSubmittedAt: first?.submitted_at ?? null,
      lastSubmittedAt: last?.submitted_at ?? null,
      lastLate: last?.late ?? null,
    };
  };
  const clustersOf = new Map<string, Set<string>>();
  for (const t of tenants) {
    const where = clustersOf.get(t.enterprise_tax_code) ?? new Set<string>();
    where.add(names.get(String(t.cluster_id)) ?? String(t.cluster_id));
    clustersOf.set(t.enterprise_tax_code, where);
  }
  const communes = new Map(clusters.map((c) => [c.communeCode, c.communeName]));
  const unit = await resolveUnit(db, province).catch(() => null);
  const rows: BoardRow[] = [
    ...[...clustersOf].map(([taxCode, where]) => row('01', taxCode, enterprises.get(taxCode)?.name ?? taxCode, [...where].join(', '))),
    ...clusters.filter((c) => c.investor).map((c) => row('02', c.id, c.name, investors.get(c.investor!.taxCode)?.name ?? c.investor!.taxCode)),
    ...[...communes].map(([code, name]) => row('03', code, name, null)),
    row('04', province, unit?.name ?? province, null),
  ];
  const summary = (['01', '02', '03', '04'] as const).map((form) => {
    const mine = rows.filter((r) => r.form === form);
    const by = (s: DueStatus) => mine.filter((r) => r.status === s).length;
    return { form, expected: mine.length, submitted: by('submitted'), submittedLate: by('submitted_late'), due: by('due'), overdue: by('overdue') };
  });
  return { round, asOf: day, summary, items: rows, total: rows.length };
}
