import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './clusters.repository';
import { loadCluster, type Writer, writerName } from './clusters.service';
import { checkAppend, effectiveFacts, latestStage, STAGE_NAMES, type Stage } from './stages.rules';

type StageRow = Awaited<ReturnType<typeof repo.listStageFacts>>[number];

function toFact(r: StageRow) {
  return {
    id: String(r.id),
    stage: r.stage,
    documentNo: r.document_no,
    documentDate: r.document_date,
    correctsId: r.corrects_id === null ? null : String(r.corrects_id),
  };
}

/** The stage history of a cluster: every fact (corrected ones marked), and the latest stage in force. */
export async function stageHistory(db: Db, clusterId: string) {
  const rows = await repo.listStageFacts(db, clusterId);
  const facts = rows.map(toFact);
  const live = new Set(effectiveFacts(facts).map((f) => f.id));
  return {
    latest: latestStage(facts),
    facts: rows.map((r) => ({
      ...toFact(r),
      name: STAGE_NAMES[r.stage],
      basis: r.basis,
      attachmentId: r.attachment_id,
      recordedAt: r.recorded_at,
      recordedBy: r.recorded_by,
      inForce: live.has(String(r.id)),
      correctedBy: rows.find((o) => o.corrects_id !== null && String(o.corrects_id) === String(r.id))?.id ?? null,
    })),
  };
}

/** A stage fact to append. */
export type NewStageFact = {
  stage: Stage;
  documentNo: string;
  documentDate: string;
  basis?: string | null | undefined;
  attachmentId?: string | null | undefined;
  correctsId?: string | null | undefined;
};

/**
 * Appends a stage fact (audited): refused with a conflict when its predecessor is not in force or is dated later,
 * when the stage is already in force (send a correction), or when a correction does not fit.
 */
export async function appendStage(db: Db, actor: Writer, province: string, clusterId: string, input: NewStageFact) {
  return db.transaction().execute(async (trx) => {
    await loadCluster(trx, null, province, clusterId, { forUpdate: true });
    const facts = (await repo.listStageFacts(trx, clusterId)).map(toFact);
    checkAppend(facts, { stage: input.stage, documentDate: input.documentDate, correctsId: input.correctsId ?? null });
    if (input.attachmentId) {
      const attachment = await repo.findAttachment(trx, input.attachmentId);
      if (!attachment || String(attachment.cluster_id) !== clusterId) throw new AppError('not_found', `No attachment ${input.attachmentId} on this cluster`);
    }
    const id = await repo.insertStageFact(trx, {
      cluster_id: clusterId,
      province_code: province,
      stage: input.stage,
      document_no: input.documentNo,
      document_date: input.documentDate,
      basis: input.basis ?? null,
      attachment_id: input.attachmentId ?? null,
      corrects_id: input.correctsId ?? null,
      recorded_by: writerName(actor),
    });
    await recordAudit(trx, actor, {
      entity: 'cluster_stage',
      entityId: id,
      action: input.correctsId ? 'correct' : 'append',
      provinceCode: province,
      before: null,
      after: { clusterId, ...input },
    });
    return stageHistory(trx, clusterId);
  });
}
