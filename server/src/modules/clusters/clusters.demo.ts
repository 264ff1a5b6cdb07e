import type { Db } from '../../database';
import { createCluster, setLand } from './clusters.service';
import { appendStage } from './stages.service';
import { setInvestor } from './investors.service';
import { addInfrastructure, addPermit } from './infrastructure.service';
import { DEMO_CLUSTERS as CLUSTERS, type DemoCluster } from './clusters.demo-data';
import { addTenant } from './tenants.service';
import { createRound, getRound } from './rounds.service';
import { appendVersion } from './forms.service';
import { compileForm03, previewForm04 } from './forms.compile';
import { STAGES } from './stages.rules';

const P = '40';

/** The cluster whose investor the demo account `investor` reports for. */
export const DEMO_INVESTOR_CLUSTER_CODE = 'CCN-40-001';

const DOCUMENT = ['QĐ-UBND', 'QĐ-UBND', 'QĐ-UBND', 'BC-UBND', 'GP-SXD', 'TB-SCT'];

async function seedCluster(db: Db, c: DemoCluster) {
  const { id } = await createCluster(db, null, P, {
    code: c.code,
    name: c.name,
    communeCode: c.commune[0],
    communeName: c.commune[1],
    type: c.type,
    plannedAreaHa: c.plannedHa,
    location: { type: 'Point', coordinates: c.point },
    notes: 'DỮ LIỆU MINH HỌA (demo)',
    demo: true,
  });
  for (const [i, date] of c.stages.entries()) {
    const documentNo = `${1000 + ((i * 613 + Number(c.code.slice(-1)) * 97) % 4000)}/${DOCUMENT[i]}`;
    await appendStage(db, null, P, id, { stage: STAGES[i]!, documentNo, documentDate: date, basis: 'Dữ liệu minh họa' });
  }
  if (c.land) await setLand(db, null, P, id, { totalHa: c.land[0], industrialHa: c.land[1] });
  if (c.investor)
    await setInvestor(db, null, P, id, {
      taxCode: c.investor[0],
      groupScores: { group1: c.investor[1][0], group2: c.investor[1][1], group3: c.investor[1][2], group4: c.investor[1][3] },
      ownerEquity: c.investor[4],
      totalInvestment: c.investor[2],
      disbursedInvestment: c.investor[3],
      basis: 'Quyết định chấp thuận chủ đầu tư (minh họa)',
    });
  for (const item of c.infrastructure ?? []) await addInfrastructure(db, null, P, id, item);
  for (const [taxCode, projectName, vsic, ha, registered, disbursed, workers, status, signedOn, operatingFrom, stoppedOn] of c.tenants ?? []) {
    await addTenant(db, null, P, id, {
      taxCode,
      projectName,
      vsic,
      leasedAreaHa: ha,
      registeredCapital: registered,
      disbursedCapital: disbursed,
      workers,
      status,
      signedOn,
      operatingFrom,
      stoppedOn: stoppedOn ?? null,
      demo: true,
    });
  }
  return id;
}

/** Biểu 01 values of a demo tenant: revenue and budget from its workers, average income 7–9 million. */
function form01(workers: number, seed: number, factor: number) {
  return {
    '1': Math.round(workers * 0.42 * factor * 100) / 100,
    '2': Math.round(workers * 0.021 * factor * 100) / 100,
    '3': workers,
    '4': 7 + (seed % 20) / 10,
  };
}

/**
 * Loads the demo registry of Nghệ An (40): nine clusters in every stage, 23 tenant projects, a corrected stage fact,
 * permits, and two rounds: 2026-H1 complete (one Biểu 02 late) and the 2026 year round in progress (cut-off 14 Dec),
 * with some Biểu 01 and 02 submitted and others not.
 */
export async function seedClustersDemo(db: Db) {
  const ids = new Map<string, string>();
  for (const c of CLUSTERS) ids.set(c.code, await seedCluster(db, c));
  const first = ids.get('CCN-40-001')!;
  const history = await db
    .selectFrom('cluster_stage')
    .select('id')
    .where('cluster_id', '=', first)
    .where('stage', '=', 'establishment_decision')
    .executeTakeFirstOrThrow();
  await appendStage(db, null, P, first, {
    stage: 'establishment_decision',
    documentNo: '3645/QĐ-UBND',
    documentDate: '2017-08-15',
    basis: 'Đính chính số hiệu quyết định (minh họa)',
    correctsId: String(history.id),
  });
  await addPermit(db, null, P, first, {
    kind: 'environmental_permit',
    documentNo: '215/GPMT-UBND',
    issuedOn: '2022-04-12',
    issuedBy: 'UBND tỉnh Nghệ An',
    validUntil: '2032-04-12',
  });
  await addPermit(db, null, P, ids.get('CCN-40-003')!, {
    kind: 'eia_decision',
    documentNo: '4120/QĐ-UBND',
    issuedOn: '2014-11-03',
    issuedBy: 'UBND tỉnh Nghệ An',
  });
  await seedRounds(db, ids);
  return { clusters: ids.size, tenants: CLUSTERS.reduce((n, c) => n + (c.tenants?.length ?? 0), 0) };
}

async function seedRounds(db: Db, ids: Map<string, string>) {
  await createRound(db, null, P, '2026-H1', { demo: true });
  await createRound(db, null, P, '2026', { demo: true });
  const operating = CLUSTERS.flatMap((c) => (c.tenants ?? []).filter((t) => t[7] === 'operating').map((t) => ({ cluster: c, tenant: t })));
  const seen = new Set<string>();
  for (const [i, { tenant }] of operating.entries()) {
    if (seen.has(tenant[0])) continue;
    seen.add(tenant[0]);
    if (tenant[9]! <= '2026-06-14')
      await appendVersion(db, null, P, '2026-H1', {
        form: '01',
        subjectId: tenant[0],
        items: form01(tenant[6], i, 0.5),
        source: 'reporter',
        at: new Date(`2026-06-${String(15 + (i % 5)).padStart(2, '0')}T09:00:00+07:00`),
        demo: true,
      });
    // Year round: about half have reported so far; the `reporter` account's enterprise has not.
    if (i % 2 === 1 && tenant[0] !== '2910555462')
      await appendVersion(db, null, P, '2026', {
        form: '01',
        subjectId: tenant[0],
        items: form01(tenant[6], i, 1.05),
        source: 'reporter',
        at: new Date(`2026-11-${String(10 + (i % 10)).padStart(2, '0')}T10:00:00+07:00`),
        demo: true,
      });
  }
  const investorReport = (c: DemoCluster, factor: number) => ({
    '1': c.investor![2],
    '2': c.investor![3],
    '3': c.land?.[1] ?? 0,
    '4': (c.tenants ?? []).filter((t) => t[7] !== 'stopped').reduce((a, t) => a + t[3], 0),
    '6': (c.tenants ?? []).filter((t) => t[7] !== 'stopped').length,
    '7': (c.tenants ?? []).filter((t) => t[7] !== 'stopped' && ['2910872221', '2911188984', '2911901690'].includes(t[0])).length,
    '8': (c.tenants ?? []).filter((t) => t[7] === 'operating').length,
    '9': Math.round(c.investor![2] * 0.06 * factor * 100) / 100,
    '10': Math.round(c.investor![2] * 0.005 * factor * 100) / 100,
    '11': 18,
    '12': 8.2,
    '13': (c.infrastructure ?? []).some((x) => x.kind === 'wastewater_plant' && x.status !== 'planned') ? 1 : 0,
    '14': (c.infrastructure ?? []).some((x) => x.kind === 'wastewater_plant' && x.meetsStandard) ? 1 : 0,
  });
  for (const [i, c] of CLUSTERS.filter((x) => x.investor && x.tenants?.length).entries()) {
    const day = i === 2 ? '2026-06-23' : `2026-06-1${6 + i}`;
    await appendVersion(db, null, P, '2026-H1', {
      form: '02',
      subjectId: ids.get(c.code)!,
      items: investorReport(c, 0.5),
      source: 'reporter',
      at: new Date(`${day}T14:00:00+07:00`),
      demo: true,
    });
    if (i === 1)
      await appendVersion(db, null, P, '2026', {
        form: '02',
        subjectId: ids.get(c.code)!,
        items: investorReport(c, 1),
        source: 'reporter',
        at: new Date('2026-11-18T15:00:00+07:00'),
        demo: true,
      });
  }
  const h1 = await getRound(db, P, '2026-H1');
  for (const [i, commune] of [...new Set(CLUSTERS.map((c) => c.commune[0]))].entries()) {
    const compiled = await compileForm03(db, P, h1, commune);
    await appendVersion(db, null, P, '2026-H1', {
      form: '03',
      subjectId: commune,
      items: compiled.items,
      source: 'compiled',
      note: 'Tổng hợp tự động (minh họa)',
      at: new Date(`2026-06-2${i % 5}T10:00:00+07:00`),
      demo: true,
    });
  }
  const { sum } = await previewForm04(db, P, '2026-H1');
  await appendVersion(db, null, P, '2026-H1', {
    form: '04',
    subjectId: P,
    items: sum,
    source: 'compiled',
    at: new Date('2026-06-29T16:00:00+07:00'),
    demo: true,
  });
}
