/** Types of the clusters API (server/src/modules/clusters): the cluster in the list, the map and the province's roll-up. */

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

/** A GeoJSON point or polygon (WGS 84, [longitude, latitude]). */
export type Location = { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: [number, number][][] };
