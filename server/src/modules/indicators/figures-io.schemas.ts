import { z } from 'zod';

const orgunitRef = z
  .string()
  .regex(/^\d{2,5}(@\d{4}-\d{2}-\d{2})?$/)
  .describe('A unit reference: CODE or CODE@YYYY-MM-DD (e.g. 40)');
const indicatorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/);
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('A month, YYYY-MM');
const year = z.coerce.number().int().min(2000).max(2100).describe('The year, e.g. 2026');
const periodText = z.string().min(4).max(20).describe('2026-05, 2026-Q2, 2026-H1, 2026 or 2026-01/2026-05');
const status = z.enum(['estimate', 'preliminary', 'official']);
const flag = z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).transform((v) => v === true || v === 'true' || v === '1');
const codes = z.union([z.string(), z.array(z.string())]).transform((v) =>
  (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean),
);
const percent = z.coerce.number().finite();
const asOf = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v.length === 10 ? `${v}T23:59:59.999+07:00` : v));
const format = z
  .enum(['csv', 'xlsx'])
  .default('xlsx')
  .describe('xlsx (numeric cells, Vietnamese headings in row 1, English in row 2) or csv (UTF-8 with BOM, the same two heading rows)');

/** The fields of an XLSX import, sent as multipart form fields or query parameters. */
export const xlsxImportFieldsSchema = z.object({
  orgunit: orgunitRef.describe('The unit the figures belong to (the officer chooses it)'),
  status: status.optional().describe('Status of the figures whose file states none; required to confirm when the preview says statusRequired'),
  dryRun: flag.default(true).describe('true (default): preview, write nothing; false: confirm, write in one transaction'),
  reason: z.string().trim().max(2000).optional().describe('Director only: why published months are changed by this file (kept on those vintages)'),
  progressId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional()
    .describe('A client-chosen id to poll GET /api/imports/progress/:id with'),
});

/** POST /api/imports/xlsx query: the same fields as the form (for clients that send JSON). */
export const xlsxImportQuerySchema = xlsxImportFieldsSchema.partial().extend({ orgunit: orgunitRef.optional(), dryRun: flag.optional() });

/** POST /api/imports/xlsx JSON body (instead of multipart): the workbook in base64. */
export const xlsxImportJsonSchema = z.object({
  fileName: z.string().min(1).max(255).describe('The original file name (kept in each vintage’s source)'),
  contentBase64: z.string().min(1).max(30_000_000).describe('The workbook bytes in base64'),
});

/** GET /api/imports/progress/:id params. */
export const progressParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .describe('The progressId sent with the import'),
});

/** POST /api/publications/publish body. */
export const publishSchema = z.object({
  orgunit: orgunitRef,
  period: month,
  reason: z.string().trim().max(2000).nullable().optional().describe('An optional note kept with the publication'),
});

/** POST /api/publications/unpublish body. */
export const unpublishSchema = z.object({
  orgunit: orgunitRef,
  period: month,
  reason: z.string().trim().min(1).max(2000).describe('Why the month is reopened (required)'),
});

/** GET /api/publications query. */
export const publicationsQuerySchema = z.object({ orgunit: orgunitRef, year });

/** GET /api/grid query. */
export const gridQuerySchema = z.object({
  orgunit: orgunitRef,
  year,
  indicator: codes.optional().describe('Only these indicators (repeat or comma-separate); default every stored one'),
  expand: codes.optional().describe('Indicators whose categories get rows too (codes, or "all")'),
  jumpPercent: percent
    .min(0)
    .max(1000)
    .optional()
    .describe('Warn when a month moved more than this % vs the previous month or the same month last year (default 30)'),
  indexMin: percent.optional().describe('Warn below this index value (default 50)'),
  indexMax: percent.optional().describe('Warn above this index value (default 200)'),
});

/** GET /api/exports/grid query. */
export const gridExportQuerySchema = gridQuerySchema.extend({ format });

/** GET /api/exports/overview query. */
export const overviewExportQuerySchema = z.object({
  orgunit: orgunitRef,
  period: month.optional().describe('Default: the latest month with figures'),
  asOf: asOf.optional(),
  format,
});

/** GET /api/comparison query. */
export const comparisonQuerySchema = z.object({
  indicator: indicatorCode.describe('One indicator code'),
  period: periodText,
  category: z.string().max(40).optional().describe('A category code; omitted = the total'),
  by: z.enum(['value', 'yoyPercent', 'planPercent']).default('yoyPercent').describe('The measure the order and `rank` follow'),
  asOf: asOf.optional().describe('Answer as published at this time'),
});

/** GET /api/exports/comparison query. */
export const comparisonExportQuerySchema = comparisonQuerySchema.extend({ format });

const bilingual = z.object({ vi: z.string(), en: z.string() });
const problem = z.object({
  sheet: z.string(),
  cell: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: bilingual,
  details: z.record(z.string(), z.unknown()).optional(),
});

/** The preview (dry run) or result of an XLSX import; a refused confirm returns it as error.details (422). */
export const xlsxImportResponseSchema = z.object({
  importId: z.string().nullable(),
  dryRun: z.boolean(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls']),
  sha256: z.string(),
  layout: z.string(),
  locale: z.enum(['vi', 'en']),
  localeReason: z.string(),
  orgunit: z.string(),
  status: status.nullable(),
  statusRequired: z.boolean(),
  canConfirm: z.boolean(),
  counts: z.record(z.string(), z.number()),
  figures: z.array(
    z.object({
      indicator: z.string(),
      orgunit: z.string(),
      period: z.string(),
      category: z.string().nullable(),
      base: z.string(),
      value: z.number(),
      status: status.nullable(),
      statusFromFile: z.boolean(),
      revision: z.boolean(),
      sheet: z.string(),
      cell: z.string(),
      header: z.string(),
      rowLabel: z.string(),
      note: z.string().nullable(),
      outcome: z.enum(['write', 'unchanged', 'not_stored', 'locked', 'superseded', 'refused', 'needs_status']),
      current: z.object({ value: z.number(), status, version: z.number() }).nullable(),
      version: z.number().nullable(),
      flags: z.array(z.string()),
      recomputed: z.number().nullable().optional(),
    }),
  ),
  plans: z.array(
    z.object({
      indicator: z.string(),
      year: z.number(),
      value: z.number(),
      sheet: z.string(),
      cell: z.string(),
      outcome: z.enum(['write', 'unchanged', 'refused']),
      current: z.object({ value: z.number(), version: z.number() }).nullable(),
    }),
  ),
  problems: z.array(problem),
});

const warning = z.object({
  code: z.enum(['jump_vs_previous_month', 'jump_vs_last_year', 'part_exceeds_total', 'index_out_of_bounds', 'stored_ratio_mismatch']),
  details: z.record(z.string(), z.unknown()),
  message: bilingual,
});
const gridCell = z.object({
  period: z.string(),
  value: z.number().nullable(),
  status: status.nullable(),
  version: z.number().describe('expectedVersion for PUT /api/figures (0 = none stored)'),
  published: z.boolean(),
  warnings: z.array(warning),
  recordedAt: z.string().nullable(),
  sourceKind: z.string().nullable(),
  source: z.object({ file: z.string().optional(), sheet: z.string().optional(), cell: z.string().optional() }).nullable(),
  reason: z.string().nullable(),
});

/** GET /api/grid response. */
export const gridResponseSchema = z.object({
  orgunit: z.string(),
  unit: z.object({ ref: z.string(), code: z.string(), name: z.string(), nameEn: z.string() }),
  year: z.number(),
  months: z.array(z.string()),
  published: z.array(z.string()),
  options: z.object({ jumpPercent: z.number(), indexMin: z.number(), indexMax: z.number() }),
  rows: z.array(
    z.object({
      id: z.string(),
      indicator: z.string(),
      nameVi: z.string(),
      nameEn: z.string(),
      unitVi: z.string(),
      unitEn: z.string(),
      kind: z.string(),
      decimals: z.number(),
      base: z.string(),
      category: z.string().nullable(),
      categoryNameVi: z.string().nullable(),
      categoryNameEn: z.string().nullable(),
      parent: z.string().nullable(),
      level: z.number(),
      categoryCount: z.number(),
      cells: z.array(gridCell).length(12),
      reported: z.record(z.string(), gridCell),
    }),
  ),
  total: z.number(),
});

/** GET /api/publications response. */
export const publicationsResponseSchema = z.object({
  orgunit: z.string(),
  year: z.number(),
  items: z.array(z.object({ period: z.string(), publishedAt: z.string(), publishedBy: z.string().nullable(), reason: z.string().nullable() })),
  total: z.number(),
  history: z.array(
    z.object({ period: z.string(), action: z.enum(['publish', 'unpublish']), reason: z.string().nullable(), at: z.string(), by: z.string().nullable() }),
  ),
});

/** GET /api/comparison response. */
export const comparisonResponseSchema = z.object({
  indicator: z.object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    unitVi: z.string(),
    unitEn: z.string(),
    kind: z.string(),
    decimals: z.number(),
  }),
  period: z.string(),
  category: z.string().nullable(),
  by: z.string(),
  items: z.array(
    z.object({
      orgunit: z.string(),
      name: z.string(),
      nameEn: z.string(),
      value: z.number().nullable(),
      status: status.nullable(),
      reported: z.boolean(),
      previousValue: z.number().nullable(),
      yoyPercent: z.number().nullable(),
      plan: z.number().nullable(),
      planPercent: z.number().nullable(),
      mergedFrom: z.array(z.string()).nullable(),
      rank: z.number().nullable(),
      ranks: z.object({ value: z.number().nullable(), yoyPercent: z.number().nullable(), planPercent: z.number().nullable() }),
    }),
  ),
  total: z.number(),
});
