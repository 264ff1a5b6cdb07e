/** Types of the clusters API (server/src/modules/clusters): the shapes the screens read. */

/** Legal stages of a cluster, in order (Decree 32/2024). */
export const STAGES = ['in_plan', 'establishment_decision', 'detailed_plan_1_500', 'land_clearance', 'infrastructure', 'operating'] as const;
/** A legal stage. */
export type Stage = (typeof STAGES)[number];
/** Cluster types. */
export const CLUSTER_TYPES = ['general', 'specialised', 'supporting', 'high_tech', 'eco', 'craft_village'] as const;
/** A cluster type. */
export type ClusterType = (typeof CLUSTER_TYPES)[number];
/** Occupancy bands of the list filter. */
export const OCCUPANCY_BANDS = ['none', 'lt_50', '50_to_80', 'gte_80'] as const;
/** An occupancy band. */
export type OccupancyBand = (typeof OCCUPANCY_BANDS)[number];

/** The investor in force as the figures carry it. */
export type InvestorFigures = { taxCode: string; selectionScore: number | null; totalInvestment: number | null; disbursedInvestment: number | null };

/** A cluster with its figures computed on a day (`GET /api/clusters`). */
export type ClusterFigures = {
  id: string;
  code: string;
  name: string;
  provinceCode: string;
  communeCode: string;
  communeName: string;
  type: ClusterType;
  demo: boolean;
  plannedAreaHa: number;
  landTotalHa: number | null;
  landIndustrialHa: number | null;
  leasedHa: number;
  unleasedHa: number | null;
  occupancyPercent: number | null;
  stage: Stage | null;
  stagePosition: number;
  tenantCount: number;
  fdiTenantCount: number;
  operatingTenantCount: number;
  workers: number;
  registeredCapital: number;
  disbursedCapital: number;
  investor: InvestorFigures | null;
};

/** The roll-up of a province (`GET /api/clusters/summary`). */
export type ProvinceSummary = {
  provinceCode: string;
  asOf: string;
  clusters: number;
  operatingClusters: number;
  plannedAreaHa: number;
  industrialHa: number;
  leasedHa: number;
  occupancyPercent: number | null;
  operatingIndustrialHa: number;
  operatingLeasedHa: number;
  operatingOccupancyPercent: number | null;
  tenantCount: number;
  fdiTenantCount: number;
  operatingTenantCount: number;
  workers: number;
  registeredCapital: number;
  disbursedCapital: number;
  investmentTotal: number;
  investmentDisbursed: number;
};

/** Text in both languages, as the server names stages, forms and items. */
export type Bilingual = { vi: string; en: string };

/** One recorded stage fact. */
export type StageFact = {
  id: string;
  stage: Stage;
  documentNo: string;
  documentDate: string;
  correctsId: string | null;
  name: Bilingual;
  basis: string | null;
  attachmentId: string | null;
  recordedAt: string;
  recordedBy: string;
  inForce: boolean;
  correctedBy: string | null;
};

/** One investor fact (the last one is in force; a withdrawal has no tax code). */
export type InvestorFact = {
  id: string;
  taxCode: string | null;
  name: string | null;
  selectionScore: number | null;
  passed: boolean | null;
  totalInvestment: number | null;
  disbursedInvestment: number | null;
  basis: string | null;
  recordedAt: string;
  recordedBy: string;
  withdrawn: boolean;
};

/** Infrastructure item kinds and statuses. */
export const INFRA_KINDS = ['road', 'power', 'water', 'drainage', 'wastewater_plant', 'solid_waste', 'fire_safety', 'other'] as const;
/** An infrastructure kind. */
export type InfraKind = (typeof INFRA_KINDS)[number];
/** Infrastructure statuses. */
export const INFRA_STATUSES = ['planned', 'under_construction', 'operating'] as const;
/** An infrastructure status. */
export type InfraStatus = (typeof INFRA_STATUSES)[number];

/** An infrastructure item. */
export type InfraItem = {
  id: string;
  kind: InfraKind;
  name: string;
  capacity: number | null;
  unit: string | null;
  status: InfraStatus;
  meetsStandard: boolean | null;
  notes: string | null;
};

/** Permit kinds. */
export const PERMIT_KINDS = ['environmental_permit', 'eia_decision', 'other'] as const;
/** An environmental permit or EIA decision. */
export type Permit = {
  id: string;
  kind: (typeof PERMIT_KINDS)[number];
  documentNo: string;
  issuedOn: string;
  issuedBy: string;
  validUntil: string | null;
  attachmentId: string | null;
  notes: string | null;
};

/** An attachment's metadata. */
export type Attachment = {
  id: string;
  clusterId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  title: string | null;
  uploadedAt: string;
  uploadedBy: string;
};

/** Tenant project statuses. */
export const TENANT_STATUSES = ['investing', 'operating', 'stopped'] as const;
/** A tenant project status. */
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** A tenant project. */
export type Tenant = {
  id: string;
  clusterId: string;
  taxCode: string;
  enterpriseName: string | null;
  projectName: string;
  vsic: string | null;
  leasedAreaHa: number;
  registeredCapital: number;
  disbursedCapital: number;
  foreignInvested: boolean;
  workers: number;
  status: TenantStatus;
  signedOn: string | null;
  operatingFrom: string | null;
  stoppedOn: string | null;
  demo: boolean;
};

/** A GeoJSON point or polygon (WGS 84, [longitude, latitude]). */
export type Location = { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: [number, number][][] };

/** The cluster page (`GET /api/provinces/:province/clusters/:id`). */
export type ClusterPage = Omit<ClusterFigures, 'investor'> & {
  location: Location | null;
  notes: string | null;
  stages: { latest: Stage | null; facts: StageFact[] };
  investor: { current: InvestorFact | null; history: InvestorFact[] };
  infrastructure: InfraItem[];
  permits: Permit[];
  attachments: Attachment[];
  tenants: Tenant[];
};

/** A form of the Circular 14/2024 chain. */
export type FormCode = '01' | '02' | '03' | '04';

/** A reporting round. */
export type Round = {
  id: string;
  provinceCode: string;
  period: string;
  kind: 'half' | 'year';
  periodStart: string;
  cutOff: string;
  deadlines: Record<FormCode, string>;
  demo: boolean;
};

/** Where a form stands against its deadline. */
export type DueStatus = 'submitted' | 'submitted_late' | 'due' | 'overdue';

/** One item of a form's catalogue. */
export type FormItem = {
  code: string;
  vi: string;
  en: string;
  unit: Bilingual;
  computed?: boolean;
  ratio?: boolean;
  flag?: boolean;
  heading?: boolean;
};

/** A form's values by item number. */
export type Items = Record<string, number>;

/** A submitted version of a form. */
export type Submission = {
  id: string;
  version: number;
  items: Items;
  late: boolean;
  source: 'reporter' | 'officer' | 'compiled';
  note: string | null;
  submittedAt: string;
  submittedBy: string;
};

/** One rule of the forms, evaluated. */
export type Check = {
  rule: string;
  pass: boolean;
  message: Bilingual;
  numbers: Record<string, number | null>;
  offending?: { item: string; value: number | null; expected: number | null; difference: number | null; communes?: Record<string, number> }[];
};

/** Biểu 01 or 02 of a subject in a round: versions, status, prefill. */
export type ReporterForm = {
  form: '01' | '02';
  name: Bilingual;
  items: FormItem[];
  round: Round;
  subject: {
    taxCode?: string;
    name: string | null;
    clusterId?: string;
    code?: string;
    projects?: { id: string; clusterId: string; projectName: string; status: TenantStatus }[];
  };
  versions: Submission[];
  latest: Submission | null;
  deadline: string;
  status: DueStatus;
  registry?: Items;
  prefill: { source: 'this_round' | 'last_round' | 'registry'; period?: string; lastPeriod?: string | null; items: Items };
};

/** One expected report on a round's board. */
export type BoardRow = {
  form: FormCode;
  subjectId: string;
  name: string;
  detail: string | null;
  deadline: string;
  status: DueStatus;
  versions: number;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  lastLate: boolean | null;
};

/** The board of a round. */
export type Board = {
  round: Round;
  asOf: string;
  summary: { form: FormCode; expected: number; submitted: number; submittedLate: number; due: number; overdue: number }[];
  items: BoardRow[];
  total: number;
};

/** Biểu 03 of a commune. */
export type Form03 = {
  form: '03';
  name: Bilingual;
  items: FormItem[];
  round: Round;
  commune: { code: string; name: string };
  deadline: string;
  status: DueStatus;
  latest: (Submission & { checks: Check[] }) | null;
  versions: Submission[];
  compiled: {
    communeCode: string;
    communeName: string;
    items: Items;
    checks: Check[];
    sources: {
      clusters: { id: string; name: string; form02Version: number | null }[];
      missing02: string[];
      missing01: string[];
      disagreements: { clusterId: string; item: string; registry: number; form02: number }[];
    };
  };
};

/** The Biểu 04 preview. */
export type Form04 = {
  form: '04';
  name: Bilingual;
  items: FormItem[];
  round: Round;
  province: { code: string; name: string };
  deadline: string;
  status: DueStatus;
  communes: { code: string; name: string; submission: Submission | null; checks: Check[] }[];
  missingCommunes: { code: string; name: string }[];
  sum: Items;
  submitted: Submission | null;
  values: Items;
  checks: Check[];
};
