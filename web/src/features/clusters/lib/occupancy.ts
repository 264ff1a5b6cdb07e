import type { OccupancyBand } from '../api/types';

/** The occupancy band of a percentage, as the server's list filter bands it: none, below 50 %, 50–80 %, 80 % and more. */
export function occupancyBand(percent: number | null | undefined): OccupancyBand {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return 'none';
  if (percent < 50) return 'lt_50';
  return percent < 80 ? '50_to_80' : 'gte_80';
}

/** The colour of each band (Mantine colour names): grey without land, orange below half, blue, green when nearly full. */
export const bandColor: Record<OccupancyBand, string> = { none: 'gray', lt_50: 'orange', '50_to_80': 'blue', gte_80: 'green' };

/** The same colours as hex, for the map's canvas. */
export const bandHex: Record<OccupancyBand, string> = { none: '#868e96', lt_50: '#e8590c', '50_to_80': '#1c7ed6', gte_80: '#2f9e44' };

/** Occupancy = leased ÷ industrial × 100 with two decimals (as the server computes it); null without industrial land. */
export function occupancyOf(leased: number | null | undefined, industrial: number | null | undefined): number | null {
  if (!industrial || industrial <= 0) return null;
  return Math.round(((leased ?? 0) / industrial) * 10000) / 100;
}
