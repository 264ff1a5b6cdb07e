import type { Db } from '../../database';
import { provinceRollup } from './rollups.repository';

/** The cluster indicators of a province on a day, for the figures module. */
export type ClusterIndicators = {
  /** Occupancy of the operating clusters, % (Σ leased ÷ Σ industrial land × 100); null without operating clusters with land. */
  CCN_OCCUPANCY: number | null;
  /** Tenant projects active on the day (signed, not stopped), in every cluster. */
  CCN_TENANTS: number;
  /** Workers of those projects, from the registry. */
  CCN_WORKERS: number;
};

/** Computes CCN_OCCUPANCY, CCN_TENANTS and CCN_WORKERS from the registry on a day (same SQL as the province roll-up). */
export async function clusterIndicators(db: Db, provinceCode: string, asOfDate: string): Promise<ClusterIndicators> {
  const r = await provinceRollup(db, provinceCode, asOfDate);
  return { CCN_OCCUPANCY: r.operatingOccupancyPercent, CCN_TENANTS: r.tenantCount, CCN_WORKERS: r.workers };
}
