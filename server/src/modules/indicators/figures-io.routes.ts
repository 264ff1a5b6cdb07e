import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import type { z } from 'zod';
import { defineRoute } from '../../core/route';
import { APPROVERS, EDITORS, READERS } from '../../core/access';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../../app.types';
import * as s from './figures-io.schemas';
import { compareProvinces } from './comparison.service';
import { exportResponse } from './export-table';
import { comparisonExport, gridExport, overviewExport } from './exports.service';
import { entryGrid } from './grid.service';
import { readProgress } from './import-progress';
import { listPublications, publishMonth, unpublishMonth } from './publication.service';
import { importWorkbook, MAX_WORKBOOK_BYTES } from './xlsx-import.service';

type In<T extends z.ZodType> = z.output<T>;
type ImportQuery = In<typeof s.xlsxImportQuerySchema>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIELDS = ['orgunit', 'status', 'dryRun', 'reason', 'progressId'] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const formField = (body: unknown, name: string) => {
  const v = first((body as Record<string, unknown> | undefined)?.[name]);
  return typeof v === 'string' && v !== '' ? v : undefined;
};

function invalid(path: string, message: string): never {
  throw new AppError('validation_failed', `Invalid ${path}`, { fields: [{ path, message }] });
}

/** The workbook and the import fields of a request: multipart (file + form fields) or JSON (base64), fields also from the query. */
async function readUpload(c: Context, body: unknown, query: ImportQuery) {
  const type = c.req.header('content-type') ?? '';
  let bytes: Buffer;
  let fileName: string;
  if (type.startsWith('multipart/form-data')) {
    const file = first((body as Record<string, unknown>)['file']);
    if (!(file instanceof File)) invalid('body.file', 'a workbook file is required');
    if (file.size > MAX_WORKBOOK_BYTES)
      throw new AppError('payload_too_large', `The file is larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`, { limitBytes: MAX_WORKBOOK_BYTES });
    bytes = Buffer.from(await file.arrayBuffer());
    fileName = file.name || 'workbook.xlsx';
  } else if (type.startsWith('application/json')) {
    const parsed = s.xlsxImportJsonSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) invalid('body', 'send multipart/form-data with a file, or JSON { fileName, contentBase64 }');
    bytes = Buffer.from(parsed.data.contentBase64, 'base64');
    fileName = parsed.data.fileName;
  } else {
    throw new AppError('unsupported_type', 'Send the workbook as multipart/form-data (field "file") or as JSON { fileName, contentBase64 }');
  }
  const merged: Record<string, unknown> = { ...query };
  for (const name of FIELDS) {
    const v = formField(body, name);
    if (v === undefined) continue;
    if (name === 'orgunit' && query.orgunit && query.orgunit !== v) invalid('orgunit', 'the form and the query name different units');
    merged[name] = v;
  }
  const fields = s.xlsxImportFieldsSchema.safeParse(merged);
  if (!fields.success)
    throw new AppError('validation_failed', 'Invalid import fields', {
      fields: fields.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  return { bytes, fileName: fileName.slice(0, 255), fields: fields.data };
}

let exampleWorkbook: string | null = null;
/** The access-matrix example: a real statistics-office workbook, previewed (dry run). */
function exampleBase64() {
  exampleWorkbook ??= readFileSync(new URL('./import-xlsx/fixtures/thong-ke-iip-thang-06-2026.xlsx', import.meta.url)).toString('base64');
  return exampleWorkbook;
}

/** Routes of figures in officers' hands: XLSX import, publication, the entry grid, exports and comparison. */
export const figuresIoRoutes = [
  defineRoute<AppDeps, unknown, ImportQuery, Record<string, unknown>>({
    method: 'post',
    path: '/api/imports/xlsx',
    tags: ['imports'],
    summary:
      'Imports a workbook (.xlsx or legacy .xls, ≤ 20 MB): dryRun=true (default) returns the cell-by-cell preview; dryRun=false writes it in one transaction (422 import_refused on any error)',
    access: { roles: EDITORS, scope: (input) => [input.query.orgunit ?? formField(input.body, 'orgunit')].filter((v): v is string => Boolean(v)) },
    query: s.xlsxImportQuerySchema,
    body: 'multipart',
    response: s.xlsxImportResponseSchema,
    example: (p) => ({
      query: { orgunit: p, dryRun: 'true', status: 'estimate' },
      body: { fileName: 'thong-ke-iip-thang-06-2026.xlsx', contentBase64: exampleBase64() },
    }),
    handler: async ({ deps, actor, input, c }) => {
      const upload = await readUpload(c, input.body, input.query);
      return importWorkbook(deps.db, actor, upload.bytes, { fileName: upload.fileName, ...upload.fields });
    },
  }),
  defineRoute<AppDeps, In<typeof s.progressParamsSchema>>({
    method: 'get',
    path: '/api/imports/progress/:id',
    tags: ['imports'],
    summary: 'The progress of your import sent with this progressId: phase (parsing, checking, done, refused, failed) and processed/total cells',
    access: { roles: EDITORS, scope: 'self' },
    params: s.progressParamsSchema,
    example: () => ({ params: { id: 'example-progress' } }),
    handler: ({ actor, input }) => {
      const p = readProgress(actor!.userId, input.params.id);
      if (!p) throw new AppError('not_found', 'No import with this progress id (it may have finished more than 15 minutes ago)');
      return p;
    },
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.publishSchema>>({
    method: 'post',
    path: '/api/publications/publish',
    tags: ['publications'],
    summary: 'Publishes a month of a unit (director): its figures are locked; changing one then needs a director and a reason',
    access: { roles: APPROVERS, scope: (input) => [input.body.orgunit] },
    body: s.publishSchema,
    example: (p) => ({ body: { orgunit: p, period: '2020-12' } }),
    handler: ({ deps, actor, input }) => publishMonth(deps.db, actor, input.body),
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.unpublishSchema>>({
    method: 'post',
    path: '/api/publications/unpublish',
    tags: ['publications'],
    summary: 'Reopens a published month (director, with a reason)',
    access: { roles: APPROVERS, scope: (input) => [input.body.orgunit] },
    body: s.unpublishSchema,
    example: (p) => ({ body: { orgunit: p, period: '2020-11', reason: 'Kiểm tra quyền' } }),
    handler: ({ deps, actor, input }) => unpublishMonth(deps.db, actor, input.body),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.publicationsQuerySchema>>({
    method: 'get',
    path: '/api/publications',
    tags: ['publications'],
    summary: 'The published months of a unit and year, and every publish/unpublish action of that year',
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.publicationsQuerySchema,
    response: s.publicationsResponseSchema,
    example: (p) => ({ query: { orgunit: p, year: '2026' } }),
    handler: ({ deps, input }) => listPublications(deps.db, input.query),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.gridQuerySchema>>({
    method: 'get',
    path: '/api/grid',
    tags: ['figures'],
    summary:
      'The entry grid of a unit and year: indicators (and categories) × 12 months with value, status, version, published and warnings, plus reported aggregates',
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.gridQuerySchema,
    response: s.gridResponseSchema,
    example: (p) => ({ query: { orgunit: p, year: '2026' } }),
    handler: ({ deps, input }) => entryGrid(deps.db, gridQuery(input.query)),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.comparisonQuerySchema>>({
    method: 'get',
    path: '/api/comparison',
    tags: ['figures'],
    summary: 'Every province in your scope for one indicator and period: value, growth, percent of plan and rank',
    access: { roles: READERS, scope: 'filtered' },
    query: s.comparisonQuerySchema,
    response: s.comparisonResponseSchema,
    example: () => ({ query: { indicator: 'RETAIL', period: '2026-01/2026-05' } }),
    handler: ({ deps, actor, input }) => compareProvinces(deps.db, actor!, input.query),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.gridExportQuerySchema>>({
    method: 'get',
    path: '/api/exports/grid',
    tags: ['exports'],
    summary: 'The entry grid as XLSX or CSV (Vietnamese headings in row 1, English in row 2)',
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.gridExportQuerySchema,
    produces: [XLSX_TYPE, 'text/csv'],
    example: (p) => ({ query: { orgunit: p, year: '2026', format: 'csv' } }),
    handler: async ({ deps, input }) => {
      const e = await gridExport(deps.db, gridQuery(input.query));
      return exportResponse(e.tables, input.query.format, e.stem);
    },
  }),
  defineRoute<AppDeps, unknown, In<typeof s.overviewExportQuerySchema>>({
    method: 'get',
    path: '/api/exports/overview',
    tags: ['exports'],
    summary: 'The province overview as XLSX (cards and monthly series sheets) or CSV (the cards)',
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.overviewExportQuerySchema,
    produces: [XLSX_TYPE, 'text/csv'],
    example: (p) => ({ query: { orgunit: p, format: 'csv' } }),
    handler: async ({ deps, input }) => {
      const e = await overviewExport(deps.db, {
        orgunit: input.query.orgunit,
        ...(input.query.period ? { period: input.query.period } : {}),
        asOf: input.query.asOf ?? null,
      });
      return exportResponse(e.tables, input.query.format, e.stem);
    },
  }),
  defineRoute<AppDeps, unknown, In<typeof s.comparisonExportQuerySchema>>({
    method: 'get',
    path: '/api/exports/comparison',
    tags: ['exports'],
    summary: 'The province comparison as XLSX or CSV, in rank order',
    access: { roles: READERS, scope: 'filtered' },
    query: s.comparisonExportQuerySchema,
    produces: [XLSX_TYPE, 'text/csv'],
    example: () => ({ query: { indicator: 'RETAIL', period: '2026-01/2026-05', format: 'csv' } }),
    handler: async ({ deps, actor, input }) => {
      const e = await comparisonExport(deps.db, actor!, input.query);
      return exportResponse(e.tables, input.query.format, e.stem);
    },
  }),
];

function gridQuery(q: In<typeof s.gridQuerySchema>) {
  return {
    orgunit: q.orgunit,
    year: q.year,
    ...(q.indicator ? { indicators: q.indicator } : {}),
    ...(q.expand ? { expand: q.expand } : {}),
    options: {
      ...(q.jumpPercent !== undefined ? { jumpPercent: q.jumpPercent } : {}),
      ...(q.indexMin !== undefined ? { indexMin: q.indexMin } : {}),
      ...(q.indexMax !== undefined ? { indexMax: q.indexMax } : {}),
    },
  };
}
