/** Types of the clusters API: the cluster page and what it records (legal stages, investors, infrastructure, permits, documents, tenants). */

import type { Bilingual, ClusterFigures, Location, Stage } from './cluster.types';

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
