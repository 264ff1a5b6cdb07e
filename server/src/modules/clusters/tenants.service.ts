import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { enterprisesByTaxCode, requireTaxCode } from '../enterprises';
import * as repo from './tenants.repository';
import { loadCluster, type Writer } from './clusters.service';
import { num, round } from './rollups.repository';
import type { TenantStatus } from './clusters.tables';

type TenantRow = Awaited<ReturnType<typeof repo.listTenants>>[number];

/** Shapes a tenant project, with its enterprise's name when known. */
export function toTenant(r: TenantRow, enterpriseName: string | null) {
  return {
    id: String(r.id),
    clusterId: String(r.cluster_id),
    taxCode: r.enterprise_tax_code,
    enterpriseName,
    projectName: r.project_name,
    vsic: r.vsic,
    leasedAreaHa: num(r.leased_area_ha) ?? 0,
    registeredCapital: num(r.registered_capital) ?? 0,
    disbursedCapital: num(r.disbursed_capital) ?? 0,
    foreignInvested: r.foreign_invested,
    workers: r.workers,
    status: r.status,
    signedOn: r.signed_on,
    operatingFrom: r.operating_from,
    stoppedOn: r.stopped_on,
    demo: r.demo,
  };
}

/** Tenant projects of a cluster with their enterprises' names. */
export async function listTenants(db: Db, clusterId: string) {
  const rows = await repo.listTenants(db, clusterId);
  const names = await enterprisesByTaxCode(
    db,
    rows.map((r) => r.enterprise_tax_code),
  );
  return rows.map((r) => toTenant(r, names.get(r.enterprise_tax_code)?.name ?? null));
}

/** Tenant project input. */
export type TenantInput = {
  taxCode: string;
  projectName: string;
  vsic?: string | null | undefined;
  leasedAreaHa: number;
  registeredCapital: number;
  disbursedCapital: number;
  foreignInvested?: boolean | undefined;
  workers: number;
  status: TenantStatus;
  signedOn?: string | null | undefined;
  operatingFrom?: string | null | undefined;
  stoppedOn?: string | null | undefined;
  demo?: boolean;
};

function checkDates(input: TenantInput) {
  const fail = (path: string, message: string) => {
    throw new AppError('validation_failed', message, { fields: [{ path: `body.${path}`, message }] });
  };
  if (input.status === 'operating' && !input.operatingFrom) fail('operatingFrom', 'An operating project needs the date it started operating');
  if (input.status === 'stopped' && !input.stoppedOn) fail('stoppedOn', 'A stopped project needs the date it stopped');
  if (input.status !== 'stopped' && input.stoppedOn) fail('stoppedOn', 'Only a stopped project has a stop date');
  if (input.signedOn && input.operatingFrom && input.operatingFrom < input.signedOn) fail('operatingFrom', 'A project cannot operate before it is signed');
  if (input.stoppedOn && input.signedOn && input.stoppedOn < input.signedOn) fail('stoppedOn', 'A project cannot stop before it is signed');
}

/** Checks the tenant's enterprise and the cluster's land, and returns the row to write. */
async function prepare(trx: Db, cluster: { id: string; land_industrial_ha: string | null }, input: TenantInput, exceptId: string | null) {
  checkDates(input);
  const taxCode = requireTaxCode(input.taxCode);
  const enterprise = (await enterprisesByTaxCode(trx, [taxCode])).get(taxCode);
  if (!enterprise) throw new AppError('not_found', `No enterprise ${taxCode} in the registry: register it first`, { field: 'taxCode' });
  if (input.status !== 'stopped' && input.leasedAreaHa > 0) {
    const industrial = num(cluster.land_industrial_ha);
    if (industrial === null) throw new AppError('conflict', "Record the cluster's industrial land before leasing it");
    const leased = round((await repo.leasedExcept(trx, cluster.id, exceptId)) + input.leasedAreaHa, 4);
    if (leased > industrial)
      throw new AppError('conflict', `Leases would total ${leased} ha, more than the ${industrial} ha of industrial land`, {
        leasedHa: leased,
        industrialHa: industrial,
      });
  }
  return {
    enterprise,
    row: {
      enterprise_tax_code: taxCode,
      project_name: input.projectName,
      vsic: input.vsic ?? enterprise.vsic ?? null,
      leased_area_ha: input.leasedAreaHa,
      registered_capital: input.registeredCapital,
      disbursed_capital: input.disbursedCapital,
      foreign_invested: input.foreignInvested ?? enterprise.ownership === 'fdi',
      workers: input.workers,
      status: input.status,
      signed_on: input.signedOn ?? null,
      operating_from: input.operatingFrom ?? null,
      stopped_on: input.stoppedOn ?? null,
    },
  };
}

/** Adds a tenant project to a cluster (audited); leases may not exceed the cluster's industrial land. */
export async function addTenant(db: Db, actor: Writer, province: string, clusterId: string, input: TenantInput) {
  return db.transaction().execute(async (trx) => {
    const cluster = await loadCluster(trx, null, province, clusterId, { forUpdate: true });
    const { enterprise, row } = await prepare(trx, { id: clusterId, land_industrial_ha: cluster.land_industrial_ha }, input, null);
    const id = await repo.insertTenant(trx, { ...row, cluster_id: clusterId, province_code: province, demo: input.demo ?? false });
    const tenant = toTenant((await repo.findTenant(trx, clusterId, id))!, enterprise.name);
    await recordAudit(trx, actor, { entity: 'cluster_tenant', entityId: id, action: 'create', provinceCode: province, before: null, after: tenant });
    return tenant;
  });
}

/** Changes a tenant project (audited). */
export async function updateTenant(db: Db, actor: Writer, province: string, clusterId: string, id: string, input: TenantInput) {
  return db.transaction().execute(async (trx) => {
    const cluster = await loadCluster(trx, null, province, clusterId, { forUpdate: true });
    const before = await repo.findTenant(trx, clusterId, id);
    if (!before) throw new AppError('not_found', `No tenant project ${id} in cluster ${clusterId}`);
    const { enterprise, row } = await prepare(trx, { id: clusterId, land_industrial_ha: cluster.land_industrial_ha }, input, id);
    await repo.updateTenant(trx, id, row);
    const after = toTenant((await repo.findTenant(trx, clusterId, id))!, enterprise.name);
    await recordAudit(trx, actor, { entity: 'cluster_tenant', entityId: id, action: 'update', provinceCode: province, before: toTenant(before, null), after });
    return after;
  });
}

/** Removes a tenant project entered by mistake (audited; a project that ended is "stopped", not removed). */
export async function removeTenant(db: Db, actor: Writer, province: string, clusterId: string, id: string) {
  await db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId, { forUpdate: true });
    const before = await repo.findTenant(trx, clusterId, id);
    if (!before) throw new AppError('not_found', `No tenant project ${id} in cluster ${clusterId}`);
    await repo.deleteTenant(trx, id);
    await recordAudit(trx, actor, {
      entity: 'cluster_tenant',
      entityId: id,
      action: 'delete',
      provinceCode: province,
      before: toTenant(before, null),
      after: null,
    });
  });
}
