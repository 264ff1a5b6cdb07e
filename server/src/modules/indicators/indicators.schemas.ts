import { z } from 'zod';

const splitList = (v: unknown) =>
  (Array.isArray(v) ? v : [v])
    .flatMap((s) => String(s ?? '').split(','))
    .map((s) => s.trim())
    .filter(Boolean);
const list = (item: z.ZodString) => z.preprocess(splitList, z.array(item).min(1).max(200));
const indicatorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/);
const orgunitRef = z.string().regex(/^\d{2,5}(@\d{4}-\d{2}-\d{2})?$/);
const periodText = z.string().min(4).max(20).describe('2023-05, 2023-Q2, 2023-H1, 2023 or 2023-01/2023-05');
const asOf = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v.length === 10 ? `${v}T23:59:59.999+07:00` : v));

/** GET /api/figures query. */
export const figuresQuerySchema = z.object({
  indicator: list(indicatorCode).describe('One or more indicator codes (repeat or comma-separate)'),
  orgunit: list(orgunitRef).describe('One or more unit references: CODE or CODE@YYYY-MM-DD'),
  period: periodText,
  category: z.string().max(40).optional().describe('A category code; omitted = the total'),
  asOf: asOf.optional().describe('Answer as published at this time (ISO timestamp or date)'),
});

/** PUT /api/figures body. */
export const figureWriteSchema = z.object({
  indicator: indicatorCode,
  orgunit: orgunitRef,
  period: periodText,
  category: z.string().max(40).nullable().optional(),
  base: z.enum(['level', 'same_period', 'prev_month']).optional().describe('Indices: same_period (default) or prev_month'),
  value: z.number().finite().describe('The value in the indicator unit; an index is 100 = no change'),
  status: z.enum(['estimate', 'preliminary', 'official']),
  note: z.string().max(2000).nullable().optional(),
  reason: z.string().max(2000).nullable().optional(),
  expectedVersion: z.number().int().min(0).optional().describe('The version the client saw; a stale write gets 409'),
});

/** GET /api/figures/history query. */
export const figureKeySchema = z.object({
  indicator: indicatorCode,
  orgunit: orgunitRef,
  period: periodText,
  category: z.string().max(40).optional(),
  base: z.enum(['level', 'same_period', 'prev_month']).optional(),
});

/** PUT /api/plans body. */
export const planWriteSchema = z.object({
  indicator: indicatorCode,
  orgunit: orgunitRef,
  year: z.number().int().min(2000).max(2100),
  category: z.string().max(40).nullable().optional(),
  plan: z.number().finite().nullable().optional().describe('The plan value'),
  growth: z.number().finite().nullable().optional().describe('Or: growth over last year in percent (14 = +14 %)'),
  basis: z.string().max(300).nullable().optional().describe('Resolution or decision number'),
  basisDate: z.iso.date().nullable().optional(),
});

/** PUT /api/scenarios body. */
export const scenarioWriteSchema = z.object({
  indicator: indicatorCode,
  orgunit: orgunitRef,
  year: z.number().int().min(2000).max(2100),
  category: z.string().max(40).nullable().optional(),
  granularity: z.enum(['month', 'quarter']),
  values: z.array(z.number().finite().nullable()).min(4).max(12),
});

/** POST /api/indicators body. */
export const indicatorCreateSchema = z.object({
  code: indicatorCode,
  nameVi: z.string().min(1).max(300),
  nameEn: z.string().min(1).max(300),
  unitVi: z.string().min(1).max(40),
  unitEn: z.string().min(1).max(40),
  kind: z.enum(['flow', 'index']),
  decimals: z.number().int().min(0).max(6),
  categories: z
    .array(
      z.object({ code: z.string().regex(/^[a-z0-9_]{1,40}$/), dimension: z.string().min(1).max(40), nameVi: z.string().min(1), nameEn: z.string().min(1) }),
    )
    .max(200)
    .optional(),
});

/** POST /api/imports/csv body. */
export const csvImportSchema = z.object({
  fileName: z.string().min(1).max(255),
  csv: z.string().min(1).max(50_000_000),
  dryRun: z.boolean().default(true),
});

/** Ranking query. */
export const rankingQuerySchema = z.object({
  indicator: indicatorCode,
  period: periodText,
  by: z.enum(['value', 'yoyPercent', 'planPercent']).default('yoyPercent'),
  asOf: asOf.optional(),
});

/** Overview query. */
export const overviewQuerySchema = z.object({
  orgunit: orgunitRef,
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  asOf: asOf.optional(),
});

/** GET /api/plans query. */
export const planListQuerySchema = z.object({ orgunit: orgunitRef, year: z.coerce.number().int().min(2000).max(2100) });
