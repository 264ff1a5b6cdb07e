import { z } from 'zod';

/** A current two-digit province code. */
export const provinceCodeSchema = z
  .string()
  .regex(/^\d{2}$/)
  .describe('Current two-digit province code, e.g. 40 (Nghệ An)');
/** A five-digit commune code. */
export const communeCodeSchema = z
  .string()
  .regex(/^\d{5}$/)
  .describe('Five-digit commune code');
/** A VSIC 2018 industry: a section letter, or 2–5 digits with an optional section letter (C1010, 10, 2511). */
export const vsicSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^(?:[A-U]|[A-U]?\d{2,5})$/))
  .describe('VSIC 2018 industry code, e.g. C1010, 25 or C');
/** A tax code in canonical form (validated by the service, which names the problem). */
export const taxCodeSchema = z.string().min(10).max(14).describe('Mã số thuế: 10 digits, or 0123456789-001 for a dependent unit');
/** Ownership types. */
export const ownershipSchema = z
  .enum(['state', 'private', 'fdi', 'cooperative', 'household'])
  .describe('Ownership: state, private (non-state), fdi, cooperative, household business');
/** Enterprise statuses. */
export const enterpriseStatusSchema = z.enum(['active', 'suspended', 'dissolved']).describe('Registration status');

const text = (max: number) => z.string().trim().max(max);

/** The fields of an enterprise an editor sets. */
export const enterpriseFieldsSchema = z.object({
  name: text(300).min(1).describe('Registered name'),
  vsic: vsicSchema.nullable().optional(),
  ownership: ownershipSchema,
  address: text(500).nullable().optional().describe('Head-office address'),
  communeCode: communeCodeSchema.nullable().optional(),
  contactName: text(200).nullable().optional().describe('Contact person'),
  phone: text(40).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  status: enterpriseStatusSchema.optional(),
});

/** Body of POST /enterprises. */
export const createEnterpriseSchema = enterpriseFieldsSchema.extend({ taxCode: taxCodeSchema });
/** Body of PUT /enterprises/:taxCode (every field optional). */
export const updateEnterpriseSchema = enterpriseFieldsSchema.partial();

/** Query of the enterprise list. */
export const listEnterprisesQuerySchema = z.object({
  orgunit: provinceCodeSchema.optional().describe('Province code; every province in your scope when absent'),
  q: z.string().max(200).optional().describe('Search text: name, tax code or address, ignoring accents and case'),
  ownership: ownershipSchema.optional(),
  status: enterpriseStatusSchema.optional(),
  communeCode: communeCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Body of the import: CSV text or a base64 XLSX workbook, and the dry-run flag. */
export const importEnterprisesSchema = z
  .object({
    csv: z.string().min(1).max(10_000_000).optional().describe('CSV text with a header row (Vietnamese or English column names)'),
    xlsxBase64: z.string().min(1).max(14_000_000).optional().describe('An .xlsx workbook, base64-encoded; the first sheet with a tax-code column is read'),
    dryRun: z.boolean().default(true).describe('true: preview only (default); false: write everything or nothing'),
  })
  .refine((b) => Boolean(b.csv) !== Boolean(b.xlsxBase64), { message: 'Send exactly one of csv or xlsxBase64' });

/** Path parameters of a province's enterprise. */
export const enterpriseParamsSchema = z.object({ province: provinceCodeSchema, taxCode: taxCodeSchema });

/** Inferred types. */
export type CreateEnterpriseInput = z.infer<typeof createEnterpriseSchema>;
/** Inferred types. */
export type UpdateEnterpriseInput = z.infer<typeof updateEnterpriseSchema>;
/** Inferred types. */
export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuerySchema>;
