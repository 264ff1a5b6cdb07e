import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './clusters.repository';
import { assertReporterCluster, loadCluster, type Writer, writerName } from './clusters.service';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, contentDisposition, detectType, safeFileName } from './attachments.files';

type AttachmentRow = NonNullable<Awaited<ReturnType<typeof repo.findAttachment>>>;

/** Shapes an attachment's metadata. */
export function toAttachment(r: AttachmentRow) {
  return {
    id: r.id,
    clusterId: String(r.cluster_id),
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    title: r.title,
    uploadedAt: r.uploaded_at,
    uploadedBy: r.uploaded_by,
  };
}

/** Where attachments live: `<dataDir>/attachments/<uuid>`; the id is ours, never the request's. */
function storedPath(dataDir: string, id: string): string {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new AppError('not_found', 'No such attachment');
  return path.join(dataDir, 'attachments', id);
}

/** An uploaded file as the route hands it over. */
export type Upload = { name: string; bytes: Buffer; title?: string | null };

/**
 * Stores an attachment of a cluster (audited): refused when larger than 20 MB (payload_too_large) or not a PDF, PNG,
 * JPEG, DOCX or XLSX by content (unsupported_type). The file is written under a random id; its name is only metadata.
 */
export async function storeAttachment(db: Db, dataDir: string, actor: Writer, province: string, clusterId: string, upload: Upload) {
  await loadCluster(db, null, province, clusterId);
  if (upload.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('payload_too_large', `The file has ${upload.bytes.length} bytes; the limit is ${MAX_ATTACHMENT_BYTES} (20 MB)`, {
      limitBytes: MAX_ATTACHMENT_BYTES,
    });
  }
  const type = detectType(upload.bytes);
  if (!type)
    throw new AppError('unsupported_type', 'Only PDF, PNG, JPEG, DOCX and XLSX files are accepted (checked by content)', {
      allowed: Object.keys(ALLOWED_TYPES),
    });
  const id = randomUUID();
  const file = storedPath(dataDir, id);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, upload.bytes, { flag: 'wx' });
  try {
    return await db.transaction().execute(async (trx) => {
      await repo.insertAttachment(trx, {
        id,
        cluster_id: clusterId,
        province_code: province,
        file_name: safeFileName(upload.name, type),
        media_type: ALLOWED_TYPES[type].mediaType,
        size_bytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        title: upload.title?.trim().slice(0, 300) || null,
        uploaded_by: writerName(actor),
      });
      const saved = toAttachment((await repo.findAttachment(trx, id))!);
      await recordAudit(trx, actor, { entity: 'cluster_attachment', entityId: id, action: 'upload', provinceCode: province, before: null, after: saved });
      return saved;
    });
  } catch (error) {
    await fs.rm(file, { force: true });
    throw error;
  }
}

/** The attachments of a cluster. */
export async function listAttachments(db: Db, clusterId: string) {
  return (await repo.listAttachments(db, clusterId)).map(toAttachment);
}

/** An attachment of the province as a download response (a reporter: only its cluster's). */
export async function downloadAttachment(db: Db, dataDir: string, actor: Actor, province: string, id: string): Promise<Response> {
  const row = await repo.findAttachment(db, id);
  if (!row || row.province_code !== province) throw new AppError('not_found', 'No such attachment');
  const cluster = await repo.findCluster(db, String(row.cluster_id));
  if (cluster) assertReporterCluster(actor, cluster);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(storedPath(dataDir, row.id));
  } catch {
    throw new AppError('not_found', 'The attachment file is missing from the data directory');
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': row.media_type,
      'content-length': String(bytes.length),
      'content-disposition': contentDisposition(row.file_name),
      'cache-control': 'private, no-store',
    },
  });
}
