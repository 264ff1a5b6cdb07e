import { z } from 'zod';

/** A current two-digit province code. */
export const provinceSchema = z
  .string()
  .regex(/^\d{2}$/)
  .describe('Current two-digit province code, e.g. 40 (Nghệ An)');
/** A cluster id. */
export const clusterIdSchema = z
  .string()
  .regex(/^\d{1,12}$/)
  .describe('Cluster id');
/** A date. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date')
  .describe('A date, YYYY-MM-DD');
/** Cluster types. */
export const clusterTypeSchema = z
  .enum(['general', 'specialised', 'supporting', 'high_tech', 'eco', 'craft_village'])
  .describe('general, specialised (≥ 60 % of industrial land for one industry), supporting, high_tech, eco, craft_village');
/** Legal stages in order. */
export const stageSchema = z
  .enum(['in_plan', 'establishment_decision', 'detailed_plan_1_500', 'land_clearance', 'infrastructure', 'operating'])
  .describe('Legal stage (Decree 32/2024), in this order');
/** Occupancy bands for the list filter. */
export const occupancyBandSchema = z
  .enum(['none', 'lt_50', '50_to_80', 'gte_80'])
  .describe('none: no industrial land recorded; lt_50: below 50 %; 50_to_80; gte_80: 80 % and more');

const hectares = z.number().finite().min(0).max(100_000).describe('Hectares');
const billions = z.number().finite().min(0).max(10_000_000).describe('Tỷ đồng (billion VND)');
const text = (max: number) => z.string().trim().max(max);

// GeoJSON (RFC 7946) positions as [longitude, latitude], inside a box around Viet Nam and its islands.
const position = z.tuple([z.number().min(102).max(118), z.number().min(6).max(24)]).describe('[longitude, latitude] (WGS 84)');
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'a polygon ring must end where it starts');
/** A GeoJSON Point or Polygon in WGS 84. */
export const locationSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(20) }),
  ])
  .describe('GeoJSON Point or Polygon, coordinates [longitude, latitude]');

const clusterFields = {
  name: text(300).min(1).describe('Cluster name, e.g. Cụm công nghiệp Nghi Phong'),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .describe('Five-digit code of the commune (post-2025)'),
  communeName: text(200).min(1).describe('Commune name as written on the decision'),
  type: clusterTypeSchema,
  plannedAreaHa: hectares.describe('Planned area (ha)'),
  location: locationSchema.nullable().optional(),
  notes: text(2000).nullable().optional(),
};
/** Body of POST /clusters. */
export const createClusterSchema = z.object({
  ...clusterFields,
  code: z
    .string()
    .regex(/^[A-Z0-9-]{3,40}$/)
    .optional()
    .describe('Cluster code (generated CCN-<province>-NNN when absent)'),
});
/** Body of PUT /clusters/:id (every field optional). */
export const updateClusterSchema = z.object(clusterFields).partial();

/** Query of the cluster list. */
export const listClustersQuerySchema = z.object({
  orgunit: provinceSchema.optional().describe('Province code; every province in your scope when absent'),
  commune: z
    .string()
    .regex(/^\d{5}$/)
    .optional()
    .describe('Commune code'),
  stage: stageSchema.optional().describe('The latest stage reached'),
  occupancy: occupancyBandSchema.optional(),
  q: z.string().max(200).optional().describe('Name search, accents and case ignored'),
});

/** Body of POST /clusters/:id/stages: a new fact, or a correction of one. */
export const appendStageSchema = z.object({
  stage: stageSchema,
  documentNo: text(100).min(1).describe('Document number, e.g. 1234/QĐ-UBND'),
  documentDate: dateSchema.describe('Date of the document'),
  basis: text(2000).nullable().optional().describe('Legal basis or summary'),
  attachmentId: z.uuid().nullable().optional().describe('An attachment of this cluster'),
  correctsId: z.string().regex(/^\d+$/).nullable().optional().describe('The fact this row corrects (a correction keeps the stage)'),
});

/** Body of PUT /clusters/:id/investor. */
export const setInvestorSchema = z.object({
  taxCode: z.string().min(10).max(14).describe('Tax code of the investor (an enterprise in the registry)'),
  groupScores: z
    .object({
      group1: z.number().finite().min(0).max(15).describe('Group 1, 0–15 points'),
      group2: z.number().finite().min(0).max(15).describe('Group 2, 0–15 points'),
      group3: z.number().finite().min(0).max(30).describe('Group 3, 0–30 points'),
      group4: z.number().finite().min(0).max(40).describe('Group 4, 0–40 points'),
    })
    .describe('Scores of the investor-selection council in its four groups (weights 15 / 15 / 30 / 40); the total is their sum (pass mark 50)'),
  ownerEquity: billions.describe("Investor's owner's equity (tỷ đồng): at least 15 % of totalInvestment"),
  totalInvestment: billions.describe('Approved (total) infrastructure investment (tỷ đồng)'),
  disbursedInvestment: billions.describe('Disbursed infrastructure investment (tỷ đồng)'),
  basis: text(2000).nullable().optional().describe('Decision number and date, or the reason of the change'),
});
/** Body of DELETE /clusters/:id/investor. */
export const withdrawInvestorSchema = z.object({ basis: text(2000).min(1).describe('Why the investor leaves (decision, date)') });

/** Body of PUT /clusters/:id/land. */
export const landSchema = z.object({ totalHa: hectares.describe('Total land (ha)'), industrialHa: hectares.describe('Industrial land (ha)') });

/** Body of POST/PUT infrastructure items. */
export const infrastructureSchema = z.object({
  kind: z.enum(['road', 'power', 'water', 'drainage', 'wastewater_plant', 'solid_waste', 'fire_safety', 'other']),
  name: text(300).min(1),
  capacity: z.number().finite().min(0).nullable().optional().describe('Capacity; m³/day for the wastewater plant'),
  unit: text(40).nullable().optional().describe('Unit of the capacity; m3/day for the wastewater plant'),
  status: z.enum(['planned', 'under_construction', 'operating']),
  meetsStandard: z.boolean().nullable().optional().describe('Wastewater plant: effluent meets the national technical standard'),
  notes: text(2000).nullable().optional(),
});

/** Body of POST /clusters/:id/permits. */
export const permitSchema = z.object({
  kind: z.enum(['environmental_permit', 'eia_decision', 'other']),
  documentNo: text(100).min(1),
  issuedOn: dateSchema,
  issuedBy: text(300).min(1),
  validUntil: dateSchema.nullable().optional(),
  attachmentId: z.uuid().nullable().optional(),
  notes: text(2000).nullable().optional(),
});

/** Body of POST/PUT tenant projects. */
export const tenantSchema = z.object({
  taxCode: z.string().min(10).max(14).describe('Tax code of the tenant enterprise (in the registry)'),
  projectName: text(300).min(1),
  vsic: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.string().regex(/^(?:[A-U]|[A-U]?\d{2,5})$/))
    .nullable()
    .optional()
    .describe('VSIC 2018 industry of the project'),
  leasedAreaHa: hectares.describe('Leased industrial land (ha)'),
  registeredCapital: billions.describe('Registered capital (tỷ đồng)'),
  disbursedCapital: billions.describe('Disbursed capital (tỷ đồng)'),
  foreignInvested: z.boolean().optional().describe('An FDI project (defaults to the enterprise being FDI)'),
  workers: z.number().int().min(0).max(1_000_000).describe('Workers with labour contracts'),
  status: z.enum(['investing', 'operating', 'stopped']),
  signedOn: dateSchema.nullable().optional().describe('Land lease or investment registration date'),
  operatingFrom: dateSchema.nullable().optional().describe('Required when operating'),
  stoppedOn: dateSchema.nullable().optional().describe('Required when stopped'),
});

/** Body of POST /cluster-rounds. */
export const createRoundSchema = z.object({
  period: z
    .string()
    .regex(/^\d{4}(-H1)?$/)
    .describe('YYYY-H1 (half year, cut-off 14 Jun) or YYYY (year, cut-off 14 Dec)'),
});

/** Body of a form submission: item number → value. */
export const submitFormSchema = z.object({
  items: z.record(z.string().regex(/^\d{1,2}(\.\d)?$/), z.number().finite().min(0).max(1e12)).describe('Values by item number, e.g. {"1": 12.5, "3": 120}'),
  note: text(2000).nullable().optional(),
});

/** Query with an optional reference date. */
export const asOfQuerySchema = z.object({ asOf: dateSchema.optional().describe('Reference date (today by default)') });
