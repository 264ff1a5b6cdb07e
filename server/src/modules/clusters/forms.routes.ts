import { z } from 'zod';
import { defineRoute } from '../../core/route';
import { EDITORS, READERS } from '../../core/access';
import type { AppDeps } from '../../app.types';
import { createRound, listRounds } from './rounds.service';
import { roundBoard } from './board.service';
import { getForm01, getForm02, submitForm01, submitForm02 } from './forms.service';
import { getForm03, previewForm04, submitForm03, submitForm04 } from './forms.compile';
import { exportForm04Xlsx, XLSX_TYPE } from './forms.export';
import { DOCX_TYPE, exportForm04Docx } from './forms.export-docx';
import { contentDisposition } from './attachments.files';
import { byProvince, NO_CLUSTER } from './clusters.routes';
import { asOfQuerySchema, clusterIdSchema, createRoundSchema, provinceSchema, submitFormSchema } from './clusters.schemas';

const tags = ['cluster reporting'];
const period = z
  .string()
  .regex(/^\d{4}(-H1)?$/)
  .describe('Round: YYYY-H1 or YYYY');
const roundParams = z.object({ province: provinceSchema, period });
const communeParams = roundParams.extend({
  commune: z
    .string()
    .regex(/^\d{5}$/)
    .describe('Commune code'),
});
const optionalItems = z.object({
  items: submitFormSchema.shape.items.optional().describe('Values to submit; compiled or summed by the system when absent'),
  note: submitFormSchema.shape.note,
});

type RoundParams = { province: string; period: string };
type Submit = z.infer<typeof submitFormSchema>;
type OptionalSubmit = z.infer<typeof optionalItems>;
const ex01 = { '1': 12.5, '2': 0.8, '3': 120, '4': 7.2 };

/** Routes of the Circular 14/2024 reporting chain: rounds, Biểu 01–04, the board and the Biểu 04 export. */
export const formRoutes = [
  defineRoute<AppDeps, { province: string }>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds',
    summary: 'Reporting rounds of a province, newest first, with the period in progress',
    tags,
    access: { roles: [...READERS, 'reporter'], scope: byProvince },
    params: z.object({ province: provinceSchema }),
    example: (p) => ({ params: { province: p } }),
    handler: ({ deps, input }) => listRounds(deps.db, input.params.province),
  }),
  defineRoute<AppDeps, { province: string }, unknown, z.infer<typeof createRoundSchema>>({
    method: 'post',
    path: '/api/provinces/:province/cluster-rounds',
    summary: 'Opens a reporting round (YYYY-H1: cut-off 14 Jun, due 20/25/30 Jun; YYYY: cut-off 14 Dec, due 20/25/31 Dec)',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: z.object({ province: provinceSchema }),
    body: createRoundSchema,
    example: (p) => ({ params: { province: p }, body: { period: '2030' } }),
    handler: ({ deps, actor, input }) => createRound(deps.db, actor!, input.params.province, input.body.period),
  }),
  defineRoute<AppDeps, RoundParams, { asOf?: string | undefined }>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds/:period/board',
    summary: 'Who has and has not reported in a round, each due, overdue, submitted or submitted late',
    tags,
    access: { roles: READERS, scope: byProvince },
    params: roundParams,
    query: asOfQuerySchema,
    example: (p) => ({ params: { province: p, period: '2026' } }),
    handler: ({ deps, input }) => roundBoard(deps.db, input.params.province, input.params.period, input.query.asOf),
  }),
  defineRoute<AppDeps, RoundParams & { taxCode: string }>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/01/:taxCode',
    summary: 'Biểu 01 of an enterprise: versions, status, values prefilled from this round, the last round or the registry',
    tags,
    access: { roles: [...READERS, 'reporter'], scope: byProvince },
    params: roundParams.extend({ taxCode: z.string().min(10).max(14).describe('Tax code') }),
    example: (p) => ({ params: { province: p, period: '2026', taxCode: '0300588569' } }),
    handler: ({ deps, actor, input }) => getForm01(deps.db, actor!, input.params.province, input.params.period, input.params.taxCode),
  }),
  defineRoute<AppDeps, RoundParams & { taxCode: string }, unknown, Submit>({
    method: 'post',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/01/:taxCode',
    summary: 'Submits Biểu 01 (a new version; after the deadline it is marked late)',
    tags,
    access: { roles: [...EDITORS, 'reporter'], scope: byProvince },
    params: roundParams.extend({ taxCode: z.string().min(10).max(14).describe('Tax code') }),
    body: submitFormSchema,
    example: (p) => ({ params: { province: p, period: '2026', taxCode: '0300588569' }, body: { items: ex01 } }),
    handler: ({ deps, actor, input }) => submitForm01(deps.db, actor!, input.params.province, input.params.period, input.params.taxCode, input.body),
  }),
  defineRoute<AppDeps, RoundParams & { clusterId: string }>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/02/:clusterId',
    summary: 'Biểu 02 of a cluster: versions, status, values prefilled from the registry and the last round',
    tags,
    access: { roles: [...READERS, 'reporter'], scope: byProvince },
    params: roundParams.extend({ clusterId: clusterIdSchema }),
    example: (p) => ({ params: { province: p, period: '2026', clusterId: NO_CLUSTER } }),
    handler: ({ deps, actor, input }) => getForm02(deps.db, actor!, input.params.province, input.params.period, input.params.clusterId),
  }),
  defineRoute<AppDeps, RoundParams & { clusterId: string }, unknown, Submit>({
    method: 'post',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/02/:clusterId',
    summary: 'Submits Biểu 02 of a cluster (14 items; item 5, occupancy, is computed)',
    tags,
    access: { roles: [...EDITORS, 'reporter'], scope: byProvince },
    params: roundParams.extend({ clusterId: clusterIdSchema }),
    body: submitFormSchema,
    example: (p) => ({ params: { province: p, period: '2026', clusterId: NO_CLUSTER }, body: { items: { '1': 1 } } }),
    handler: ({ deps, actor, input }) => submitForm02(deps.db, actor!, input.params.province, input.params.period, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, RoundParams & { commune: string }>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/03/:commune',
    summary: 'Biểu 03 of a commune: latest version with checks, versions, and a fresh compilation from Biểu 01/02',
    tags,
    access: { roles: READERS, scope: byProvince },
    params: communeParams,
    example: (p) => ({ params: { province: p, period: '2026', commune: '99999' } }),
    handler: ({ deps, input }) => getForm03(deps.db, input.params.province, input.params.period, input.params.commune),
  }),
  defineRoute<AppDeps, RoundParams & { commune: string }, unknown, OptionalSubmit>({
    method: 'post',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/03/:commune',
    summary: "Submits Biểu 03 for a commune (on the commune's behalf): compiled when no items are given; checks returned",
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: communeParams,
    body: optionalItems,
    example: (p) => ({ params: { province: p, period: '2026', commune: '99999' }, body: {} }),
    handler: ({ deps, actor, input }) => submitForm03(deps.db, actor!, input.params.province, input.params.period, input.params.commune, input.body),
  }),
  defineRoute<AppDeps, RoundParams>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/04',
    summary: 'Biểu 04 preview: Σ Biểu 03, the submitted Biểu 04, and the checks (15, 16, 19, 04 = Σ 03) with the offending numbers',
    tags,
    access: { roles: READERS, scope: byProvince },
    params: roundParams,
    example: (p) => ({ params: { province: p, period: '2026' } }),
    handler: ({ deps, input }) => previewForm04(deps.db, input.params.province, input.params.period),
  }),
  defineRoute<AppDeps, RoundParams, unknown, OptionalSubmit>({
    method: 'post',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/04',
    summary: 'Submits Biểu 04 of the province (Σ Biểu 03 when no items are given); checks returned',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: roundParams,
    body: optionalItems,
    example: (p) => ({ params: { province: p, period: '2026' }, body: {} }),
    handler: ({ deps, actor, input }) => submitForm04(deps.db, actor!, input.params.province, input.params.period, input.body),
  }),
  defineRoute<AppDeps, RoundParams, { format: 'xlsx' | 'docx' }>({
    method: 'get',
    path: '/api/provinces/:province/cluster-rounds/:period/forms/04/export',
    summary: 'Biểu 04 as an .xlsx workbook (numeric cells, one column per commune) or a .docx document, with the checks',
    tags,
    access: { roles: READERS, scope: byProvince },
    params: roundParams,
    query: z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx').describe('xlsx (default) or docx') }),
    produces: [XLSX_TYPE, DOCX_TYPE],
    example: (p) => ({ params: { province: p, period: '2026' } }),
    handler: async ({ deps, input }) => {
      const docx = input.query.format === 'docx';
      const { fileName, bytes } = docx
        ? await exportForm04Docx(deps.db, input.params.province, input.params.period)
        : await exportForm04Xlsx(deps.db, input.params.province, input.params.period);
      return new Response(new Uint8Array(bytes), {
        headers: { 'content-type': docx ? DOCX_TYPE : XLSX_TYPE, 'content-disposition': contentDisposition(fileName), 'cache-control': 'private, no-store' },
      });
    },
  }),
];
