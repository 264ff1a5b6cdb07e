import type { Db } from '../../database';
import type { Writer } from './clusters.service';
import { AppError } from '../../core/errors';
import { resolveUnit, today } from '../places';
import * as repo from './reporting.repository';
import * as clustersRepo from './clusters.repository';
import * as tenantsRepo from './tenants.repository';
import { listClusterFigures, type ClusterFigures } from './rollups.repository';
import { effectiveFacts } from './stages.rules';
import { getRound, deadlineOf, type Round } from './rounds.service';
import { dueStatus } from './rounds.rules';
import { appendVersion, registryForm02, toSubmission } from './forms.service';
import { FORM_03_04, FORM_NAMES } from './forms.items';
import { internalChecks, round, sumCheck, sumItems, withOccupancy0304, type Items } from './forms.checks';

const areaOf = (c: ClusterFigures) => c.landTotalHa ?? c.plannedAreaHa;
const count = (list: ClusterFigures[]) => list.length;
const area = (list: ClusterFigures[]) =>
  round(
    list.reduce((a, c) => a + areaOf(c), 0),
    4,
  );
const total = (list: number[]) =>
  round(
    list.reduce((a, b) => a + b, 0),
    6,
  );

/** What Biểu 03 of a commune was compiled from, and where the registry and the investors' Biểu 02 disagree. */
type Sources = {
  clusters: { id: string; name: string; form02Version: number | null }[];
  missing02: string[];
  missing01: string[];
  disagreements: { clusterId: string; item: string; registry: number; form02: number }[];
};

async function establishedOn(db: Db, clusterId: string): Promise<string | null> {
  const facts = (await clustersRepo.listStageFacts(db, clusterId)).map((r) => ({
    id: String(r.id),
    stage: r.stage,
    documentDate: r.document_date,
    documentNo: r.document_no,
    correctsId: r.corrects_id === null ? null : String(r.corrects_id),
  }));
  return effectiveFacts(facts).find((f) => f.stage === 'establishment_decision')?.documentDate ?? null;
}

/**
 * Compiles Biểu 03 of a commune on the round's cut-off: structure (items 1–16) from the registry; land, projects and
 * wastewater (17–22, 26–27) from each operating cluster's latest Biểu 02, else the registry; investment (13–14) from
 * Biểu 02, else the registry; revenue, budget and workers (23–25) from the tenants' latest Biểu 01 (workers from the
 * registry for tenants without one). Item 19 is computed.
 */
export async function compileForm03(db: Db, province: string, r: Round, commune: string) {
  const clusters = await listClusterFigures(db, { provinces: [province], commune }, r.cutOff);
  if (clusters.length === 0) throw new AppError('not_found', `No cluster in commune ${commune} of province ${province}`);
  const f02 = new Map((await repo.latestSubmissions(db, r.id, '02')).map((s) => [s.subject_id, s]));
  const f01 = new Map((await repo.latestSubmissions(db, r.id, '01')).map((s) => [s.subject_id, s]));
  const sources: Sources = { clusters: [], missing02: [], missing01: [], disagreements: [] };
  const per = new Map<string, Items>();
  const established: ClusterFigures[] = [];
  const inPeriod: ClusterFigures[] = [];
  for (const c of clusters) {
    const registry = await registryForm02(db, c.id, r.cutOff);
    const reported = f02.get(c.id);
    per.set(c.id, { ...registry, ...(reported?.items ?? {}) });
    sources.clusters.push({ id: c.id, name: c.name, form02Version: reported?.version ?? null });
    if (c.investor && !reported) sources.missing02.push(c.id);
    for (const k of ['3', '4', '6', '7', '8'])
      if (reported && reported.items[k] !== undefined && Math.abs(reported.items[k]! - (registry[k] ?? 0)) > 1e-6)
        sources.disagreements.push({ clusterId: c.id, item: k, registry: registry[k] ?? 0, form02: reported.items[k]! });
    const on = await establishedOn(db, c.id);
    if (on && on <= r.cutOff) established.push(c);
    if (on && on >= r.periodStart && on <= r.cutOff) inPeriod.push(c);
  }
  const value = (c: ClusterFigures, k: string) => per.get(c.id)?.[k] ?? 0;
  const planned = clusters.filter((c) => c.stagePosition >= 1);
  const withInvestor = established.filter((c) => c.investor);
  const detailed = clusters.filter((c) => c.stagePosition >= 3);
  const project = established.filter((c) => (c.investor?.totalInvestment ?? 0) > 0);
  const operating = clusters.filter((c) => c.stagePosition === 6);
  const opEstablished = operating.filter((c) => established.includes(c));
  const opNotEstablished = operating.filter((c) => !established.includes(c));
  const craft = operating.filter((c) => c.type === 'craft_village');
  const specialised = operating.filter((c) => c.type === 'specialised');
  const tenantTotals = await tenantFigures(db, operating, f01, r.cutOff, sources);
  const items: Items = {
    '1': count(planned),
    '2': round(
      planned.reduce((a, c) => a + c.plannedAreaHa, 0),
      4,
    ),
    '3': count(established),
    '4': area(established),
    '5': count(inPeriod),
    '6': area(inPeriod),
    '7': count(withInvestor),
    '8': area(withInvestor),
    '9': count(detailed),
    '10': area(detailed),
    '11': count(project),
    '12': area(project),
    '13': total(withInvestor.map((c) => value(c, '1'))),
    '14': total(withInvestor.map((c) => value(c, '2'))),
    '15': count(operating),
    '15.1': count(opEstablished),
    '15.2': count(opNotEstablished),
    '15.3': count(craft),
    '15.4': count(specialised),
    '16': area(operating),
    '16.1': area(opEstablished),
    '16.2': area(opNotEstablished),
    '16.3': area(craft),
    '16.4': area(specialised),
    '17': total(operating.map((c) => value(c, '3'))),
    '18': total(operating.map((c) => value(c, '4'))),
    '20': total(operating.map((c) => value(c, '6'))),
    '21': total(operating.map((c) => value(c, '7'))),
    '22': total(operating.map((c) => value(c, '8'))),
    ...tenantTotals,
    '26': total(operating.map((c) => value(c, '13'))),
    '27': total(operating.map((c) => value(c, '14'))),
  };
  const compiled = withOccupancy0304(items, { overwrite: true });
  return { communeCode: commune, communeName: clusters[0]!.communeName, items: compiled, checks: internalChecks(compiled), sources };
}

/** Items 23–25 from the latest Biểu 01 of the tenants active in the operating clusters (each enterprise once). */
async function tenantFigures(db: Db, operating: ClusterFigures[], f01: Map<string, { items: Items }>, cutOff: string, sources: Sources) {
  const tenants = (
    await tenantsRepo.listTenantsOfClusters(
      db,
      operating.map((c) => c.id),
    )
  ).filter((t) => (t.signed_on === null || t.signed_on <= cutOff) && (t.stopped_on === null || t.stopped_on > cutOff));
  const byEnterprise = new Map<string, number>();
  for (const t of tenants) byEnterprise.set(t.enterprise_tax_code, (byEnterprise.get(t.enterprise_tax_code) ?? 0) + t.workers);
  let revenue = 0;
  let budget = 0;
  let workers = 0;
  for (const [taxCode, registryWorkers] of byEnterprise) {
    const form = f01.get(taxCode);
    if (!form) sources.missing01.push(taxCode);
    revenue += form?.items['1'] ?? 0;
    budget += form?.items['2'] ?? 0;
    workers += form?.items['3'] ?? registryWorkers;
  }
  return { '23': round(revenue, 6), '24': round(budget, 6), '25': workers };
}

/** Communes of the province that have clusters, with names. */
async function communesOf(db: Db, province: string, cutOff: string) {
  const clusters = await listClusterFigures(db, { provinces: [province] }, cutOff);
  const names = new Map<string, string>();
  for (const c of clusters) if (!names.has(c.communeCode)) names.set(c.communeCode, c.communeName);
  return names;
}

/** Biểu 03 of a commune in a round: the latest version with its checks, every version, the deadline, and a fresh compilation. */
export async function getForm03(db: Db, province: string, period: string, commune: string, day = today()) {
  const r = await getRound(db, province, period);
  const compiled = await compileForm03(db, province, r, commune);
  const versions = (await repo.listVersions(db, r.id, '03', commune)).map(toSubmission);
  const latest = versions.at(-1) ?? null;
  const deadline = deadlineOf(r, '03');
  return {
    form: '03' as const,
    name: FORM_NAMES['03'],
    items: FORM_03_04,
    round: r,
    commune: { code: commune, name: compiled.communeName },
    deadline,
    status: dueStatus(deadline, day, versions[0] ?? null),
    latest: latest ? { ...latest, checks: internalChecks(latest.items) } : null,
    versions,
    compiled,
  };
}

/** Stores Biểu 03 of a commune: compiled by the system, or values entered by an officer for the commune (checks returned, never refused). */
export async function submitForm03(
  db: Db,
  actor: Writer,
  province: string,
  period: string,
  commune: string,
  body: { items?: Items | undefined; note?: string | null | undefined },
) {
  const r = await getRound(db, province, period);
  const compiled = await compileForm03(db, province, r, commune);
  const saved = await appendVersion(db, actor, province, period, {
    form: '03',
    subjectId: commune,
    items: body.items ?? compiled.items,
    source: body.items ? 'officer' : 'compiled',
    note: body.note,
  });
  return { ...saved, checks: internalChecks(saved.items), sources: compiled.sources };
}

/**
 * Biểu 04 of the province: Σ of the communes' latest Biểu 03, the latest submitted Biểu 04 if any, and the checks
 * (15, 16, 19 on the values shown, and 04 = Σ 03 naming each differing item), with the communes still missing.
 */
export async function previewForm04(db: Db, province: string, period: string, day = today()) {
  const r = await getRound(db, province, period);
  const names = await communesOf(db, province, r.cutOff);
  const latest03 = await repo.latestSubmissions(db, r.id, '03');
  for (const s of latest03) if (!names.has(s.subject_id)) names.set(s.subject_id, s.subject_id);
  const byCommune = new Map(latest03.map((s) => [s.subject_id, toSubmission(s)]));
  const communes = [...names]
    .sort((a, b) => a[1].localeCompare(b[1], 'vi'))
    .map(([code, name]) => {
      const s = byCommune.get(code) ?? null;
      return { code, name, submission: s, checks: s ? internalChecks(s.items) : [] };
    });
  const submitted = communes.filter((c) => c.submission).map((c) => ({ code: c.code, items: c.submission!.items }));
  const sum = sumItems(submitted.map((c) => c.items));
  const f04 = (await repo.latestSubmissions(db, r.id, '04')).find((s) => s.subject_id === province);
  const values = f04 ? f04.items : sum;
  const deadline = deadlineOf(r, '04');
  const provinceUnit = await resolveUnit(db, province).catch(() => null);
  return {
    form: '04' as const,
    name: FORM_NAMES['04'],
    items: FORM_03_04,
    round: r,
    province: { code: province, name: provinceUnit?.name ?? province },
    deadline,
    status: dueStatus(deadline, day, f04 ? toSubmission(f04) : null),
    communes,
    missingCommunes: communes.filter((c) => !c.submission).map((c) => ({ code: c.code, name: c.name })),
    sum,
    submitted: f04 ? toSubmission(f04) : null,
    values,
    checks: [...internalChecks(values), sumCheck(values, submitted)],
  };
}

/** Submits Biểu 04 (the Department): Σ Biểu 03 unless values are given; checks are returned with it. */
export async function submitForm04(
  db: Db,
  actor: Writer,
  province: string,
  period: string,
  body: { items?: Items | undefined; note?: string | null | undefined },
) {
  const preview = await previewForm04(db, province, period);
  const saved = await appendVersion(db, actor, province, period, {
    form: '04',
    subjectId: province,
    items: body.items ?? preview.sum,
    source: body.items ? 'officer' : 'compiled',
    note: body.note,
  });
  return {
    ...saved,
    checks: [
      ...internalChecks(saved.items),
      sumCheck(
        saved.items,
        preview.communes.filter((c) => c.submission).map((c) => ({ code: c.code, items: c.submission!.items })),
      ),
    ],
  };
}
