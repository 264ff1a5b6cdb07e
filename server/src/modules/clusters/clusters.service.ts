import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { provincesInScope } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { today } from '../places';
import { normaliseSearch } from '../enterprises';
import * as repo from './clusters.repository';
import { listClusterFigures, num, provinceRollup, type ClusterFigures } from './rollups.repository';
import type { ClusterType } from './clusters.tables';
import type { Stage } from './stages.rules';

type ClusterRow = NonNullable<Awaited<ReturnType<typeof repo.findCluster>>>;

/** Who writes: a user, or null for the system (demo seed, command line); audited either way. */
export type Writer = Pick<Actor, 'userId' | 'username'> | null;

/** The name recorded on appended facts. */
export function writerName(writer: Writer): string {
  return writer?.username ?? 'system';
}

/** A reporter sees only the cluster it reports for (matched by cluster code); others are "not found" to it. */
export function assertReporterCluster(actor: Actor, cluster: Pick<ClusterRow, 'id' | 'code'>) {
  if (actor.role !== 'reporter') return;
  if (actor.reporterFor?.kind !== 'cluster' || actor.reporterFor.id !== cluster.code) throw new AppError('not_found', `No cluster ${cluster.id}`);
}

/**
 * Loads a cluster of the province named in the path (the route's scope rule has checked that province):
 * a cluster of another province, or another reporter's, is "not found".
 */
export async function loadCluster(db: Db, actor: Actor | null, province: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<ClusterRow> {
  let q = db.selectFrom('cluster').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row || row.province_code !== province) throw new AppError('not_found', `No cluster ${id} in province ${province}`);
  if (actor) assertReporterCluster(actor, row);
  return row;
}

/** The cluster fields a client sees besides its figures. */
function toClusterDetails(row: ClusterRow) {
  return { location: row.location ?? null, notes: row.notes };
}

/** Occupancy band of a cluster for the list filter. */
export function occupancyBand(percent: number | null): 'none' | 'lt_50' | '50_to_80' | 'gte_80' {
  if (percent === null) return 'none';
  if (percent < 50) return 'lt_50';
  return percent < 80 ? '50_to_80' : 'gte_80';
}

/** Filters of the cluster list. */
export type ClusterListQuery = {
  orgunit?: string | undefined;
  commune?: string | undefined;
  stage?: Stage | undefined;
  occupancy?: ReturnType<typeof occupancyBand> | undefined;
  q?: string | undefined;
};

/** Clusters in the actor's scope with occupancy, tenants, workers and the latest stage reached, filtered. */
export async function listClusters(db: Db, actor: Actor, query: ClusterListQuery, asOf = today()) {
  const provinces = query.orgunit ? provincesInScope(actor, [query.orgunit]) : actor.scope.includes('*') ? null : actor.scope;
  let items = await listClusterFigures(db, { provinces, ...(query.commune ? { commune: query.commune } : {}) }, asOf);
  if (query.stage) items = items.filter((c) => c.stage === query.stage);
  if (query.occupancy) items = items.filter((c) => occupancyBand(c.occupancyPercent) === query.occupancy);
  if (query.q?.trim()) {
    const needle = normaliseSearch(query.q);
    items = items.filter((c) => normaliseSearch(`${c.name} ${c.code} ${c.communeName}`).includes(needle));
  }
  return { items, total: items.length };
}

/** The roll-up of a province's clusters on a day (see rollups.repository). */
export function summariseProvince(db: Db, provinceCode: string, asOf = today()) {
  return provinceRollup(db, provinceCode, asOf);
}

/** One cluster's figures (occupancy, tenants, stage …) on a day. */
export async function clusterFigures(db: Db, id: string, asOf = today()): Promise<ClusterFigures> {
  const [figures] = await listClusterFigures(db, { provinces: null, ids: [id] }, asOf);
  if (!figures) throw new AppError('not_found', `No cluster ${id}`);
  return figures;
}

/** New cluster input. */
export type NewCluster = {
  code?: string | undefined;
  name: string;
  communeCode: string;
  communeName: string;
  type: ClusterType;
  plannedAreaHa: number;
  location?: unknown;
  notes?: string | null | undefined;
  demo?: boolean;
};

/** Registers a cluster in a province (audited); its code is generated as CCN-<province>-NNN unless given. */
export async function createCluster(db: Db, actor: Writer, province: string, input: NewCluster) {
  return db.transaction().execute(async (trx) => {
    const code = input.code ?? `CCN-${province}-${String((await repo.countClusters(trx, province)) + 1).padStart(3, '0')}`;
    if (await repo.findClusterByCode(trx, code)) throw new AppError('conflict', `The cluster code ${code} is taken`, { field: 'code' });
    const id = await repo.insertCluster(trx, {
      code,
      province_code: province,
      commune_code: input.communeCode,
      commune_name: input.communeName,
      name: input.name,
      type: input.type,
      planned_area_ha: input.plannedAreaHa,
      location: input.location ? JSON.stringify(input.location) : null,
      notes: input.notes ?? null,
      demo: input.demo ?? false,
    });
    const created = await clusterFigures(trx, id);
    await recordAudit(trx, actor, {
      entity: 'cluster',
      entityId: id,
      action: 'create',
      provinceCode: province,
      before: null,
      after: { ...created, location: input.location ?? null },
    });
    return created;
  });
}

/** Changes a cluster's descriptive fields (audited); stages, investor, land and tenants have their own commands. */
export async function updateCluster(db: Db, actor: Writer, province: string, id: string, patch: Partial<Omit<NewCluster, 'code' | 'demo'>>) {
  return db.transaction().execute(async (trx) => {
    const before = await loadCluster(trx, null, province, id, { forUpdate: true });
    await repo.updateCluster(trx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.communeCode !== undefined ? { commune_code: patch.communeCode } : {}),
      ...(patch.communeName !== undefined ? { commune_name: patch.communeName } : {}),
      ...(patch.type !== undefined ? { type: patch.type } : {}),
      ...(patch.plannedAreaHa !== undefined ? { planned_area_ha: patch.plannedAreaHa } : {}),
      ...(patch.location !== undefined ? { location: patch.location === null ? null : JSON.stringify(patch.location) } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    });
    const after = await repo.findCluster(trx, id);
    await recordAudit(trx, actor, { entity: 'cluster', entityId: id, action: 'update', provinceCode: province, before, after });
    return clusterFigures(trx, id);
  });
}

/** Sets total and industrial land (audited); industrial land may not fall below the land already leased. */
export async function setLand(db: Db, actor: Writer, province: string, id: string, land: { totalHa: number; industrialHa: number }) {
  if (land.industrialHa > land.totalHa)
    throw new AppError('validation_failed', 'Industrial land cannot exceed total land', {
      fields: [{ path: 'body.industrialHa', message: 'greater than totalHa' }],
    });
  return db.transaction().execute(async (trx) => {
    const before = await loadCluster(trx, null, province, id, { forUpdate: true });
    const figures = await clusterFigures(trx, id);
    if (figures.leasedHa > land.industrialHa)
      throw new AppError('conflict', `Tenants already lease ${figures.leasedHa} ha: industrial land cannot be ${land.industrialHa} ha`, {
        leasedHa: figures.leasedHa,
      });
    await repo.updateCluster(trx, id, { land_total_ha: land.totalHa, land_industrial_ha: land.industrialHa });
    await recordAudit(trx, actor, {
      entity: 'cluster',
      entityId: id,
      action: 'set_land',
      provinceCode: province,
      before: { totalHa: num(before.land_total_ha), industrialHa: num(before.land_industrial_ha) },
      after: land,
    });
    return clusterFigures(trx, id);
  });
}

/** The cluster's descriptive fields with its figures. */
export async function getClusterSummary(db: Db, actor: Actor, province: string, id: string) {
  const row = await loadCluster(db, actor, province, id);
  return { ...(await clusterFigures(db, id)), ...toClusterDetails(row) };
}

/** The cluster an investor's reporter account reports for (its code is in the account), or 404. */
export async function findReporterCluster(db: Db, actor: Actor) {
  const code = actor.reporterFor?.kind === 'cluster' ? actor.reporterFor.id : null;
  const cluster = code ? await repo.findClusterByCode(db, code) : undefined;
  if (!cluster) throw new AppError('not_found', 'This account does not report for a cluster');
  return { id: String(cluster.id), code: cluster.code, name: cluster.name, province: cluster.province_code };
}
