/**
 * Expanding a cluster (Decree 32/2024): at least 60 % of the industrial land leased, and the shared infrastructure
 * operating — here the central wastewater plant recorded with status `operating` (and not marked as failing the
 * standard), the item the decree names for every cluster.
 */

/** The least occupancy (leased ÷ industrial land, percent) for an expansion. */
export const MIN_EXPANSION_OCCUPANCY = 60;

/** Why a cluster may not expand yet. */
export type ExpansionReason = {
  code: 'no_industrial_land' | 'occupancy_below_minimum' | 'no_wastewater_plant' | 'wastewater_plant_not_operating' | 'wastewater_plant_below_standard';
  values: Record<string, number | string | null>;
  message: string;
};

/** Whether a cluster may expand, with the numbers and the reasons it may not. */
export type ExpansionEligibility = {
  eligible: boolean;
  occupancyPercent: number | null;
  minimumOccupancyPercent: number;
  sharedInfrastructureOperating: boolean;
  reasons: ExpansionReason[];
};

/** The expansion rule on a cluster's land figures and infrastructure items. */
export function expansionEligibility(cluster: {
  landIndustrialHa: number | null;
  leasedHa: number;
  occupancyPercent: number | null;
  infrastructure: { kind: string; status: string; meetsStandard: boolean | null }[];
}): ExpansionEligibility {
  const reasons: ExpansionReason[] = [];
  const industrial = cluster.landIndustrialHa;
  if (industrial === null || industrial <= 0) reasons.push({ code: 'no_industrial_land', values: {}, message: 'No industrial land is recorded' });
  // Compared in ten-thousandths of a hectare (numeric(12, 4)), not on the rounded percent: 59.995 % is below 60 %.
  else if (Math.round(cluster.leasedHa * 10_000) * 100 < Math.round(industrial * 10_000) * MIN_EXPANSION_OCCUPANCY)
    reasons.push({
      code: 'occupancy_below_minimum',
      values: { occupancyPercent: cluster.occupancyPercent, minimumPercent: MIN_EXPANSION_OCCUPANCY },
      message: `Occupancy ${cluster.occupancyPercent ?? 0}% is below ${MIN_EXPANSION_OCCUPANCY}%`,
    });
  const plants = cluster.infrastructure.filter((i) => i.kind === 'wastewater_plant');
  const operating = plants.filter((p) => p.status === 'operating');
  const sharedInfrastructureOperating = operating.some((p) => p.meetsStandard !== false);
  if (!plants.length) reasons.push({ code: 'no_wastewater_plant', values: {}, message: 'No central wastewater plant is recorded' });
  else if (!operating.length)
    reasons.push({
      code: 'wastewater_plant_not_operating',
      values: { status: plants[0]!.status },
      message: `The central wastewater plant is not operating (${plants[0]!.status})`,
    });
  else if (!sharedInfrastructureOperating)
    reasons.push({ code: 'wastewater_plant_below_standard', values: {}, message: 'The central wastewater plant does not meet the standard' });
  return {
    eligible: reasons.length === 0,
    occupancyPercent: cluster.occupancyPercent,
    minimumOccupancyPercent: MIN_EXPANSION_OCCUPANCY,
    sharedInfrastructureOperating,
    reasons,
  };
}
