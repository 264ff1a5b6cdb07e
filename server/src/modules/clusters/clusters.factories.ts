import type { Db } from '../../database';
import { createEnterprise, withCheckDigit, type Ownership } from '../enterprises';
import { createCluster, setLand } from './clusters.service';
import { appendStage } from './stages.service';
import { setInvestor } from './investors.service';
import { addTenant, type TenantInput } from './tenants.service';
import { STAGES } from './stages.rules';
import type { ClusterType } from './clusters.tables';

let counter = 0;

/** A fresh valid tax code for tests. */
export function newTaxCode(): string {
  for (;;) {
    const code = withCheckDigit(
      `8${String(++counter * 7919 + Math.floor(Math.random() * 1e6))
        .padStart(8, '0')
        .slice(-8)}`,
    );
    if (code) return code;
  }
}

/** Test data: an enterprise registered in a province. */
export async function makeEnterprise(db: Db, province = '40', over: { name?: string; ownership?: Ownership } = {}) {
  return createEnterprise(db, null, province, {
    taxCode: newTaxCode(),
    name: over.name ?? `Công ty thử ${++counter}`,
    ownership: over.ownership ?? 'private',
    vsic: 'C1410',
  });
}

/** Test data: a cluster with its stages up to `stages` (count), land, and optionally an investor. */
export async function makeCluster(
  db: Db,
  o: {
    province?: string;
    commune?: [string, string];
    type?: ClusterType;
    plannedHa?: number;
    stages?: number;
    land?: [number, number];
    investor?: { taxCode: string; total: number; disbursed: number };
  } = {},
) {
  const province = o.province ?? '40';
  const cluster = await createCluster(db, null, province, {
    name: `Cụm công nghiệp thử ${++counter}`,
    communeCode: o.commune?.[0] ?? '16001',
    communeName: o.commune?.[1] ?? 'Xã Thử',
    type: o.type ?? 'general',
    plannedAreaHa: o.plannedHa ?? 50,
  });
  for (let i = 0; i < (o.stages ?? 0); i++)
    await appendStage(db, null, province, cluster.id, { stage: STAGES[i]!, documentNo: `${i + 1}/QĐ-UBND`, documentDate: `201${i}-01-15` });
  if (o.land) await setLand(db, null, province, cluster.id, { totalHa: o.land[0], industrialHa: o.land[1] });
  if (o.investor)
    await setInvestor(db, null, province, cluster.id, {
      taxCode: o.investor.taxCode,
      groupScores: { group1: 10, group2: 10, group3: 20, group4: 30 },
      ownerEquity: Math.ceil(o.investor.total * 0.2),
      totalInvestment: o.investor.total,
      disbursedInvestment: o.investor.disbursed,
    });
  return cluster;
}

/** Test data: a tenant project (operating since 2020 unless told otherwise). */
export async function makeTenant(db: Db, clusterId: string, taxCode: string, over: Partial<TenantInput> = {}, province = '40') {
  return addTenant(db, null, province, clusterId, {
    taxCode,
    projectName: 'Dự án thử',
    leasedAreaHa: 1,
    registeredCapital: 10,
    disbursedCapital: 5,
    workers: 100,
    status: 'operating',
    signedOn: '2019-06-01',
    operatingFrom: '2020-01-01',
    ...over,
  });
}
