import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../database';
import type { ClustersTables } from './clusters.tables';

type TenantTable = ClustersTables['cluster_tenant'];

/** Tenant projects of a cluster, by project name. */
export function listTenants(db: Db, clusterId: string) {
  return db.selectFrom('cluster_tenant').selectAll().where('cluster_id', '=', clusterId).orderBy('project_name').orderBy('id').execute();
}

/** Tenant projects of several clusters. */
export function listTenantsOfClusters(db: Db, clusterIds: readonly string[]) {
  if (clusterIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cluster_tenant')
    .selectAll()
    .where('cluster_id', 'in', [...clusterIds])
    .orderBy('id')
    .execute();
}

/** Tenant projects of an enterprise in a province. */
export function listTenantsOfEnterprise(db: Db, provinceCode: string, taxCode: string) {
  return db
    .selectFrom('cluster_tenant')
    .selectAll()
    .where('province_code', '=', provinceCode)
    .where('enterprise_tax_code', '=', taxCode)
    .orderBy('id')
    .execute();
}

/** One tenant project of a cluster. */
export function findTenant(db: Db, clusterId: string, id: string) {
  return db.selectFrom('cluster_tenant').selectAll().where('cluster_id', '=', clusterId).where('id', '=', id).executeTakeFirst();
}

/** Land leased by the cluster's projects that have not stopped, leaving one project out (ha, as text). */
export async function leasedExcept(db: Db, clusterId: string, exceptId: string | null) {
  let q = db
    .selectFrom('cluster_tenant')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('leased_area_ha'), sql<string>`0`).as('ha'))
    .where('cluster_id', '=', clusterId)
    .where('status', '<>', 'stopped');
  if (exceptId) q = q.where('id', '<>', exceptId);
  return Number((await q.executeTakeFirstOrThrow()).ha);
}

/** Inserts a tenant project and returns its id. */
export async function insertTenant(db: Db, row: Insertable<TenantTable>) {
  const { id } = await db.insertInto('cluster_tenant').values(row).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

/** Updates a tenant project. */
export function updateTenant(db: Db, id: string, patch: Updateable<TenantTable>) {
  return db
    .updateTable('cluster_tenant')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Deletes a tenant project. */
export function deleteTenant(db: Db, id: string) {
  return db.deleteFrom('cluster_tenant').where('id', '=', id).execute();
}
