import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './clusters.repository';
import { loadCluster, type Writer } from './clusters.service';
import { num } from './rollups.repository';
import type { InfrastructureKind, InfrastructureStatus } from './clusters.tables';

type InfraRow = Awaited<ReturnType<typeof repo.listInfrastructure>>[number];
type PermitRow = Awaited<ReturnType<typeof repo.listPermits>>[number];

/** Shapes an infrastructure item. */
export function toInfrastructure(r: InfraRow) {
  return {
    id: String(r.id),
    kind: r.kind,
    name: r.name,
    capacity: num(r.capacity),
    unit: r.unit,
    status: r.status,
    meetsStandard: r.meets_standard,
    notes: r.notes,
  };
}

/** Shapes a permit. */
export function toPermit(r: PermitRow) {
  return {
    id: String(r.id),
    kind: r.kind,
    documentNo: r.document_no,
    issuedOn: r.issued_on,
    issuedBy: r.issued_by,
    validUntil: r.valid_until,
    attachmentId: r.attachment_id,
    notes: r.notes,
  };
}

/** Infrastructure item input. */
export type InfrastructureInput = {
  kind: InfrastructureKind;
  name: string;
  capacity?: number | null | undefined;
  unit?: string | null | undefined;
  status: InfrastructureStatus;
  meetsStandard?: boolean | null | undefined;
  notes?: string | null | undefined;
};

function toRow(input: InfrastructureInput) {
  if (input.kind === 'wastewater_plant' && (input.capacity === null || input.capacity === undefined)) {
    throw new AppError('validation_failed', 'A central wastewater plant needs its capacity in m³/day', {
      fields: [{ path: 'body.capacity', message: 'required for wastewater_plant' }],
    });
  }
  return {
    kind: input.kind,
    name: input.name,
    capacity: input.capacity ?? null,
    unit: input.kind === 'wastewater_plant' ? 'm3/day' : (input.unit ?? null),
    status: input.status,
    meets_standard: input.meetsStandard ?? null,
    notes: input.notes ?? null,
  };
}

/** Adds an infrastructure item to a cluster (audited). */
export async function addInfrastructure(db: Db, actor: Writer, province: string, clusterId: string, input: InfrastructureInput) {
  return db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId);
    const id = await repo.insertInfrastructure(trx, { ...toRow(input), cluster_id: clusterId, province_code: province });
    const item = toInfrastructure((await repo.findInfrastructure(trx, clusterId, id))!);
    await recordAudit(trx, actor, { entity: 'cluster_infrastructure', entityId: id, action: 'create', provinceCode: province, before: null, after: item });
    return item;
  });
}

/** Changes an infrastructure item (audited). */
export async function updateInfrastructure(db: Db, actor: Writer, province: string, clusterId: string, id: string, input: InfrastructureInput) {
  return db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId);
    const before = await repo.findInfrastructure(trx, clusterId, id);
    if (!before) throw new AppError('not_found', `No infrastructure item ${id} on cluster ${clusterId}`);
    await repo.updateInfrastructure(trx, id, toRow(input));
    const after = toInfrastructure((await repo.findInfrastructure(trx, clusterId, id))!);
    await recordAudit(trx, actor, {
      entity: 'cluster_infrastructure',
      entityId: id,
      action: 'update',
      provinceCode: province,
      before: toInfrastructure(before),
      after,
    });
    return after;
  });
}

/** Removes an infrastructure item entered by mistake (audited, the audit keeps it). */
export async function removeInfrastructure(db: Db, actor: Writer, province: string, clusterId: string, id: string) {
  await db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId);
    const before = await repo.findInfrastructure(trx, clusterId, id);
    if (!before) throw new AppError('not_found', `No infrastructure item ${id} on cluster ${clusterId}`);
    await repo.deleteInfrastructure(trx, id);
    await recordAudit(trx, actor, {
      entity: 'cluster_infrastructure',
      entityId: id,
      action: 'delete',
      provinceCode: province,
      before: toInfrastructure(before),
      after: null,
    });
  });
}

/** Permit input. */
export type PermitInput = {
  kind: PermitRow['kind'];
  documentNo: string;
  issuedOn: string;
  issuedBy: string;
  validUntil?: string | null | undefined;
  attachmentId?: string | null | undefined;
  notes?: string | null | undefined;
};

/** Records an environmental permit of a cluster (audited). */
export async function addPermit(db: Db, actor: Writer, province: string, clusterId: string, input: PermitInput) {
  if (input.validUntil && input.validUntil < input.issuedOn)
    throw new AppError('validation_failed', 'A permit cannot expire before it is issued', {
      fields: [{ path: 'body.validUntil', message: 'before issuedOn' }],
    });
  return db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId);
    if (input.attachmentId) {
      const a = await repo.findAttachment(trx, input.attachmentId);
      if (!a || String(a.cluster_id) !== clusterId) throw new AppError('not_found', `No attachment ${input.attachmentId} on this cluster`);
    }
    const id = await repo.insertPermit(trx, {
      cluster_id: clusterId,
      province_code: province,
      kind: input.kind,
      document_no: input.documentNo,
      issued_on: input.issuedOn,
      issued_by: input.issuedBy,
      valid_until: input.validUntil ?? null,
      attachment_id: input.attachmentId ?? null,
      notes: input.notes ?? null,
    });
    await recordAudit(trx, actor, { entity: 'cluster_permit', entityId: id, action: 'create', provinceCode: province, before: null, after: input });
    return (await repo.listPermits(trx, clusterId)).map(toPermit);
  });
}
