import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../database';
import type { ClustersTables } from './clusters.tables';

type T = ClustersTables;

/** A cluster row by id. */
export function findCluster(db: Db, id: string) {
  return db.selectFrom('cluster').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A cluster row by code. */
export function findClusterByCode(db: Db, code: string) {
  return db.selectFrom('cluster').selectAll().where('code', '=', code).executeTakeFirst();
}

/** How many clusters a province has (to number a new one). */
export async function countClusters(db: Db, provinceCode: string) {
  const row = await db
    .selectFrom('cluster')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('province_code', '=', provinceCode)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts a cluster and returns its id. */
export async function insertCluster(db: Db, row: Insertable<T['cluster']>) {
  const { id } = await db.insertInto('cluster').values(row).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

/** Updates a cluster. */
export function updateCluster(db: Db, id: string, patch: Updateable<T['cluster']>) {
  return db
    .updateTable('cluster')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Every stage fact of a cluster, oldest first (corrections included). */
export function listStageFacts(db: Db, clusterId: string) {
  return db.selectFrom('cluster_stage').selectAll().where('cluster_id', '=', clusterId).orderBy('id').execute();
}

/** Appends a stage fact and returns its id. */
export async function insertStageFact(db: Db, row: Insertable<T['cluster_stage']>) {
  const { id } = await db.insertInto('cluster_stage').values(row).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

/** Every investor fact of a cluster, oldest first; the last one is in force. */
export function listInvestorFacts(db: Db, clusterId: string) {
  return db.selectFrom('cluster_investor').selectAll().where('cluster_id', '=', clusterId).orderBy('id').execute();
}

/** Appends an investor fact. */
export function insertInvestorFact(db: Db, row: Insertable<T['cluster_investor']>) {
  return db.insertInto('cluster_investor').values(row).execute();
}

/** Infrastructure items of a cluster. */
export function listInfrastructure(db: Db, clusterId: string) {
  return db.selectFrom('cluster_infrastructure').selectAll().where('cluster_id', '=', clusterId).orderBy('id').execute();
}

/** One infrastructure item of a cluster. */
export function findInfrastructure(db: Db, clusterId: string, id: string) {
  return db.selectFrom('cluster_infrastructure').selectAll().where('cluster_id', '=', clusterId).where('id', '=', id).executeTakeFirst();
}

/** Inserts an infrastructure item and returns its id. */
export async function insertInfrastructure(db: Db, row: Insertable<T['cluster_infrastructure']>) {
  const { id } = await db.insertInto('cluster_infrastructure').values(row).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

/** Updates an infrastructure item. */
export function updateInfrastructure(db: Db, id: string, patch: Updateable<T['cluster_infrastructure']>) {
  return db
    .updateTable('cluster_infrastructure')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Deletes an infrastructure item. */
export function deleteInfrastructure(db: Db, id: string) {
  return db.deleteFrom('cluster_infrastructure').where('id', '=', id).execute();
}

/** Environmental permits of a cluster, newest first. */
export function listPermits(db: Db, clusterId: string) {
  return db.selectFrom('cluster_permit').selectAll().where('cluster_id', '=', clusterId).orderBy('issued_on', 'desc').orderBy('id', 'desc').execute();
}

/** Inserts a permit and returns its id. */
export async function insertPermit(db: Db, row: Insertable<T['cluster_permit']>) {
  const { id } = await db.insertInto('cluster_permit').values(row).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

/** Attachments of a cluster, newest first. */
export function listAttachments(db: Db, clusterId: string) {
  return db.selectFrom('cluster_attachment').selectAll().where('cluster_id', '=', clusterId).orderBy('uploaded_at', 'desc').execute();
}

/** One attachment by id. */
export function findAttachment(db: Db, id: string) {
  return db.selectFrom('cluster_attachment').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records an attachment. */
export function insertAttachment(db: Db, row: Insertable<T['cluster_attachment']>) {
  return db.insertInto('cluster_attachment').values(row).execute();
}
