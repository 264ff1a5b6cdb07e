import { z } from 'zod';
import { defineRoute } from '../../core/route';
import { EDITORS, READERS } from '../../core/access';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../../app.types';
import { loadCluster } from './clusters.service';
import { addTenant, listTenants, removeTenant, updateTenant } from './tenants.service';
import { downloadAttachment, storeAttachment } from './attachments.service';
import { MAX_ATTACHMENT_BYTES } from './attachments.files';
import { byProvince, clusterParams, NO_CLUSTER } from './clusters.routes';
import { clusterIdSchema, provinceSchema, tenantSchema } from './clusters.schemas';

type ClusterParams = { province: string; clusterId: string };
type TenantParams = ClusterParams & { tenantId: string };
type Tenant = z.infer<typeof tenantSchema>;

const tenantParams = clusterParams.extend({ tenantId: clusterIdSchema });
const tenantExample = {
  taxCode: '0300588569',
  projectName: 'Nhà máy thử nghiệm',
  leasedAreaHa: 1,
  registeredCapital: 10,
  disbursedCapital: 2,
  workers: 0,
  status: 'investing',
} as const;

/** Reads the uploaded file from a multipart body; anything else is refused as an unsupported type. */
async function uploadedFile(contentType: string | undefined, body: unknown) {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data'))
    throw new AppError('unsupported_type', 'Send the file as multipart/form-data in the field "file"');
  const fields = (body ?? {}) as Record<string, unknown>;
  const file = Array.isArray(fields.file) ? fields.file[0] : fields.file;
  if (!(file instanceof File))
    throw new AppError('validation_failed', 'The form has no file in the field "file"', { fields: [{ path: 'body.file', message: 'required' }] });
  if (file.size > MAX_ATTACHMENT_BYTES)
    throw new AppError('payload_too_large', `The file has ${file.size} bytes; the limit is ${MAX_ATTACHMENT_BYTES} (20 MB)`, {
      limitBytes: MAX_ATTACHMENT_BYTES,
    });
  return { name: file.name, bytes: Buffer.from(await file.arrayBuffer()), title: typeof fields.title === 'string' ? fields.title : null };
}

/** Tenant and attachment routes of the clusters module. */
export const tenantRoutes = [
  defineRoute<AppDeps, ClusterParams>({
    method: 'get',
    path: '/api/provinces/:province/clusters/:clusterId/tenants',
    summary: 'Tenant projects of a cluster (a reporter: of its own cluster)',
    tags: ['clusters'],
    access: { roles: [...READERS, 'reporter'], scope: byProvince },
    params: clusterParams,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER } }),
    handler: async ({ deps, actor, input }) => {
      await loadCluster(deps.db, actor, input.params.province, input.params.clusterId);
      const items = await listTenants(deps.db, input.params.clusterId);
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, ClusterParams, unknown, Tenant>({
    method: 'post',
    path: '/api/provinces/:province/clusters/:clusterId/tenants',
    summary: 'Adds a tenant project (enterprise, industry, leased land, capital, workers, status, dates)',
    tags: ['clusters'],
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: tenantSchema,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER }, body: tenantExample }),
    handler: ({ deps, actor, input }) => addTenant(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, TenantParams, unknown, Tenant>({
    method: 'put',
    path: '/api/provinces/:province/clusters/:clusterId/tenants/:tenantId',
    summary: 'Changes a tenant project (a project that ends becomes "stopped" with its date)',
    tags: ['clusters'],
    access: { roles: EDITORS, scope: byProvince },
    params: tenantParams,
    body: tenantSchema,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER, tenantId: '1' }, body: tenantExample }),
    handler: ({ deps, actor, input }) => updateTenant(deps.db, actor!, input.params.province, input.params.clusterId, input.params.tenantId, input.body),
  }),
  defineRoute<AppDeps, TenantParams>({
    method: 'delete',
    path: '/api/provinces/:province/clusters/:clusterId/tenants/:tenantId',
    summary: 'Removes a tenant project entered by mistake',
    tags: ['clusters'],
    access: { roles: EDITORS, scope: byProvince },
    params: tenantParams,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER, tenantId: '1' } }),
    handler: ({ deps, actor, input }) => removeTenant(deps.db, actor!, input.params.province, input.params.clusterId, input.params.tenantId),
  }),
  defineRoute<AppDeps, ClusterParams>({
    method: 'post',
    path: '/api/provinces/:province/clusters/:clusterId/attachments',
    summary: 'Uploads an attachment (multipart field "file", optional "title"): PDF, PNG, JPEG, DOCX or XLSX by content, at most 20 MB',
    tags: ['clusters'],
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: 'multipart',
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER } }),
    handler: async ({ deps, actor, input, c }) =>
      storeAttachment(
        deps.db,
        deps.config.dataDir,
        actor!,
        input.params.province,
        input.params.clusterId,
        await uploadedFile(c.req.header('content-type'), input.body),
      ),
  }),
  defineRoute<AppDeps, { province: string; attachmentId: string }>({
    method: 'get',
    path: '/api/provinces/:province/attachments/:attachmentId',
    summary: 'Downloads an attachment by id, with its display name (a reporter: of its own cluster)',
    tags: ['clusters'],
    access: { roles: [...READERS, 'reporter'], scope: byProvince },
    params: z.object({ province: provinceSchema, attachmentId: z.uuid().describe('Attachment id') }),
    produces: [
      'application/pdf',
      'image/png',
      'image/jpeg',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    example: (p) => ({ params: { province: p, attachmentId: '00000000-0000-4000-8000-000000000000' } }),
    handler: ({ deps, actor, input }) => downloadAttachment(deps.db, deps.config.dataDir, actor!, input.params.province, input.params.attachmentId),
  }),
];
