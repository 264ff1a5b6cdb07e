import { z } from 'zod';

const orgunit = z
  .string()
  .regex(/^\d{2,5}(@\d{4}-\d{2}-\d{2})?$/)
  .describe('A province: CODE or CODE@YYYY-MM-DD');
const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('The report month, YYYY-MM');
const lang = z.enum(['vi', 'en']).default('vi').describe('Language of the report');
const asOf = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v.length === 10 ? `${v}T23:59:59.999+07:00` : v));
const text = z.string().max(20_000);

/** GET /api/reports/monthly query. */
export const monthlyQuerySchema = z.object({
  orgunit,
  period,
  lang,
  format: z
    .enum(['json', 'html', 'md', 'txt', 'docx', 'pdf', 'xlsx'])
    .default('json')
    .describe('json: the structured content for the web preview; the others: a file'),
  version: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional()
    .describe('Open a stored version instead of generating from the current figures'),
  asOf: asOf.optional().describe('Generate from the figures as recorded at this time (ISO timestamp or date)'),
});

/** POST /api/reports/monthly/versions body. */
export const versionCreateSchema = z.object({
  orgunit,
  period,
  lang,
  asOf: asOf.optional().describe('Generate from the figures as recorded at this time (ISO timestamp or date)'),
});

/** GET /api/reports/monthly/versions query. */
export const versionsQuerySchema = z.object({ orgunit, period });

/** GET /api/reports/monthly/sections query. */
export const sectionsQuerySchema = z.object({ orgunit, period, lang });

/** PUT /api/reports/monthly/sections body: the fields given replace the stored ones; the others stay. */
export const sectionsWriteSchema = z.object({
  orgunit,
  period,
  lang,
  difficulties: text.optional().describe('Khó khăn, vướng mắc'),
  causes: text.optional().describe('Nguyên nhân'),
  tasks: text.optional().describe('Nhiệm vụ, giải pháp'),
  recommendations: text.optional().describe('Kiến nghị, đề xuất'),
  expectedVersion: z.number().int().min(0).optional().describe('The version the client saw (0 before the first save); a stale write gets 409'),
});
