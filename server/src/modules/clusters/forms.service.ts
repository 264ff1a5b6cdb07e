import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { assertReporterOwns, enterprisesByTaxCode, requireTaxCode } from '../enterprises';
import { today } from '../places';
import * as repo from './reporting.repository';
import * as tenantsRepo from './tenants.repository';
import * as clustersRepo from './clusters.repository';
import { clusterFigures, loadCluster, type Writer, writerName } from './clusters.service';
import { deadlineOf, getRound, type Round } from './rounds.service';
import { dayInVietnam, dueStatus } from './rounds.rules';
import { FORM_NAMES, valueItems } from './forms.items';
import { withOccupancy02, withOccupancy0304, type Items } from './forms.checks';
import type { FormCode } from './clusters.tables';

type SubmissionRow = Awaited<ReturnType<typeof repo.listVersions>>[number];

/** Shapes a submitted version. */
export function toSubmission(r: SubmissionRow) {
  return {
    id: String(r.id),
    version: r.version,
    items: r.items,
    late: r.late,
    source: r.source,
    note: r.note,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
  };
}

const INTEGER_UNITS = new Set(['Cụm', 'Dự án', 'Người']);

/** Checks a form's values: known items only, every entered item present, whole numbers for counts, 0/1 for flags. */
export function validateItems(form: FormCode, items: Items): Items {
  const catalogue = valueItems(form);
  const known = new Map(catalogue.map((i) => [i.code, i]));
  const fields: { path: string; message: string }[] = [];
  for (const code of Object.keys(items)) if (!known.has(code)) fields.push({ path: `body.items.${code}`, message: `Form ${form} has no item ${code}` });
  for (const item of catalogue) {
    const value = items[item.code];
    if (value === undefined) {
      if (!item.computed) fields.push({ path: `body.items.${item.code}`, message: `Item ${item.code} (${item.en}) is required` });
    } else if (item.flag && value !== 0 && value !== 1) fields.push({ path: `body.items.${item.code}`, message: `Item ${item.code} is 1 (yes) or 0 (no)` });
    else if (INTEGER_UNITS.has(item.unit.vi) && !Number.isInteger(value))
      fields.push({ path: `body.items.${item.code}`, message: `Item ${item.code} counts ${item.unit.en}: a whole number` });
  }
  if (fields.length) throw new AppError('validation_failed', `Form ${form} has invalid items`, { fields });
  if (form === '02') return withOccupancy02(items);
  if (form === '03' || form === '04') return withOccupancy0304(items, { overwrite: false });
  return items;
}

/** A submission to append. */
export type SubmissionInput = {
  form: FormCode;
  subjectId: string;
  items: Items;
  source: 'reporter' | 'officer' | 'compiled';
  note?: string | null | undefined;
  at?: Date;
  demo?: boolean;
};

/**
 * Appends a version of a form in a round (audited, in one transaction); earlier versions stay. A version submitted after
 * the form's deadline (day in Viet Nam) is marked late; the original stays on time.
 */
export async function appendVersion(db: Db, actor: Writer, province: string, period: string, input: SubmissionInput) {
  const items = validateItems(input.form, input.items);
  return db.transaction().execute(async (trx) => {
    const round = await getRound(trx, province, period, { forUpdate: true });
    const at = input.at ?? new Date();
    const row = await repo.appendSubmission(trx, {
      round_id: round.id,
      province_code: province,
      form: input.form,
      subject_id: input.subjectId,
      items: JSON.stringify(items),
      late: dayInVietnam(at) > deadlineOf(round, input.form),
      source: input.source,
      note: input.note ?? null,
      submitted_at: at,
      submitted_by: writerName(actor),
      demo: input.demo ?? false,
    });
    const saved = toSubmission(row);
    await recordAudit(trx, actor, {
      entity: 'cluster_form_submission',
      entityId: saved.id,
      action: `submit_${input.form}`,
      provinceCode: province,
      before: null,
      after: { period, subjectId: input.subjectId, ...saved },
    });
    return saved;
  });
}

/** Versions of a subject's form and where it stands against the deadline. */
async function versionsAndStatus(db: Db, round: Round, form: FormCode, subjectId: string, day: string) {
  const versions = (await repo.listVersions(db, round.id, form, subjectId)).map(toSubmission);
  const latest = versions.at(-1) ?? null;
  const first = versions[0] ?? null;
  return {
    versions,
    latest,
    deadline: deadlineOf(round, form),
    status: dueStatus(deadlineOf(round, form), day, first && latest ? { late: first.late } : null),
  };
}

/** Resolves a Biểu 01 subject: an enterprise with a project in the province's clusters (a reporter: only its own). */
async function form01Subject(db: Db, actor: Actor, province: string, rawTaxCode: string) {
  const taxCode = requireTaxCode(rawTaxCode);
  assertReporterOwns(actor, taxCode);
  const projects = await tenantsRepo.listTenantsOfEnterprise(db, province, taxCode);
  if (projects.length === 0) throw new AppError('not_found', `Enterprise ${taxCode} has no project in a cluster of province ${province}`);
  const enterprise = (await enterprisesByTaxCode(db, [taxCode])).get(taxCode);
  return { taxCode, name: enterprise?.name ?? null, projects };
}

/** Biểu 01 of an enterprise in a round: its versions, status, and values prefilled from this round, the last round, or the registry. */
export async function getForm01(db: Db, actor: Actor, province: string, period: string, rawTaxCode: string, day = today()) {
  const round = await getRound(db, province, period);
  const subject = await form01Subject(db, actor, province, rawTaxCode);
  const state = await versionsAndStatus(db, round, '01', subject.taxCode, day);
  const last = state.latest ? null : await repo.latestBefore(db, province, '01', subject.taxCode, round.cutOff);
  const workers = subject.projects.filter((p) => p.status !== 'stopped').reduce((n, p) => n + p.workers, 0);
  const prefill = state.latest
    ? { source: 'this_round' as const, items: state.latest.items }
    : last
      ? { source: 'last_round' as const, period: last.period, items: last.items }
      : { source: 'registry' as const, items: { '3': workers } };
  return {
    form: '01' as const,
    name: FORM_NAMES['01'],
    items: valueItems('01'),
    round,
    subject: {
      taxCode: subject.taxCode,
      name: subject.name,
      projects: subject.projects.map((p) => ({ id: String(p.id), clusterId: String(p.cluster_id), projectName: p.project_name, status: p.status })),
    },
    ...state,
    prefill,
  };
}

/** Submits Biểu 01 for an enterprise (the reporter itself, or an officer on its behalf). */
export async function submitForm01(
  db: Db,
  actor: Actor,
  province: string,
  period: string,
  rawTaxCode: string,
  body: { items: Items; note?: string | null | undefined },
) {
  const subject = await form01Subject(db, actor, province, rawTaxCode);
  return appendVersion(db, actor, province, period, {
    form: '01',
    subjectId: subject.taxCode,
    items: body.items,
    source: actor.role === 'reporter' ? 'reporter' : 'officer',
    note: body.note,
  });
}

/** The registry's values for a cluster's Biểu 02 on the round's cut-off (investment, land, projects, wastewater plant). */
export async function registryForm02(db: Db, clusterId: string, cutOff: string): Promise<Items> {
  const f = await clusterFigures(db, clusterId, cutOff);
  const plants = (await clustersRepo.listInfrastructure(db, clusterId)).filter((i) => i.kind === 'wastewater_plant');
  const built = plants.some((p) => p.status !== 'planned');
  const meets = plants.some((p) => p.status === 'operating' && p.meets_standard === true);
  return withOccupancy02({
    '1': f.investor?.totalInvestment ?? 0,
    '2': f.investor?.disbursedInvestment ?? 0,
    '3': f.landIndustrialHa ?? 0,
    '4': f.leasedHa,
    '6': f.tenantCount,
    '7': f.fdiTenantCount,
    '8': f.operatingTenantCount,
    '13': built ? 1 : 0,
    '14': meets ? 1 : 0,
  });
}

/** Biểu 02 of a cluster in a round: versions, status, and values prefilled from this round, or the registry and the last round. */
export async function getForm02(db: Db, actor: Actor, province: string, period: string, clusterId: string, day = today()) {
  const round = await getRound(db, province, period);
  const cluster = await loadCluster(db, actor, province, clusterId);
  const state = await versionsAndStatus(db, round, '02', clusterId, day);
  const registry = await registryForm02(db, clusterId, round.cutOff);
  const last = await repo.latestBefore(db, province, '02', clusterId, round.cutOff);
  const fromLast = Object.fromEntries(['9', '10', '11', '12'].filter((k) => last?.items[k] !== undefined).map((k) => [k, last!.items[k]!]));
  const prefill = state.latest
    ? { source: 'this_round' as const, items: state.latest.items }
    : { source: 'registry' as const, lastPeriod: last?.period ?? null, items: { ...registry, ...fromLast } };
  return {
    form: '02' as const,
    name: FORM_NAMES['02'],
    items: valueItems('02'),
    round,
    subject: { clusterId, code: cluster.code, name: cluster.name },
    ...state,
    registry,
    prefill,
  };
}

/** Submits Biểu 02 for a cluster (its investor's reporter, or an officer); item 5 (occupancy) is computed. */
export async function submitForm02(
  db: Db,
  actor: Actor,
  province: string,
  period: string,
  clusterId: string,
  body: { items: Items; note?: string | null | undefined },
) {
  await loadCluster(db, actor, province, clusterId);
  return appendVersion(db, actor, province, period, {
    form: '02',
    subjectId: clusterId,
    items: body.items,
    source: actor.role === 'reporter' ? 'reporter' : 'officer',
    note: body.note,
  });
}
