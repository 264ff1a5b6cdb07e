import type { Location } from '../api/types';

/** A bounding box: [west, south, east, north] in degrees (WGS 84). */
export type Box = [number, number, number, number];

/**
 * Bounding boxes of the provinces the demo data covers (rounded outwards from their outlines). No outline of
 * Viet Nam's provinces ships with any package here, so the map draws the box as a plain longitude/latitude grid.
 */
const PROVINCE_BOXES: Record<string, Box> = {
  '40': [103.85, 18.5, 105.85, 20.05], // Nghệ An
  '19': [105.45, 21.3, 106.3, 22.1], // Thái Nguyên
};

/** The point that stands for a location: the point itself, or the average of a polygon's outer ring. */
export function pointOf(location: Location | null | undefined): [number, number] | null {
  if (!location) return null;
  if (location.type === 'Point') return location.coordinates;
  const ring = location.coordinates[0] ?? [];
  const corners = ring.length > 1 ? ring.slice(0, -1) : ring;
  if (!corners.length) return null;
  const lon = corners.reduce((a, p) => a + p[0], 0) / corners.length;
  const lat = corners.reduce((a, p) => a + p[1], 0) / corners.length;
  return [lon, lat];
}

/** The box to draw: the province's, else the points' extent with a margin (null without either). */
export function boxFor(province: string | null, points: [number, number][]): { box: Box; known: boolean } | null {
  const known = province ? PROVINCE_BOXES[province] : undefined;
  if (known) return { box: known, known: true };
  if (!points.length) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const margin = 0.2;
  return { box: [Math.min(...lons) - margin, Math.min(...lats) - margin, Math.max(...lons) + margin, Math.max(...lats) + margin], known: false };
}

/** Height over width of a box drawn with equal distances (a degree of longitude shrinks with the cosine of latitude). */
export function aspectOf(box: Box): number {
  const midLat = ((box[1] + box[3]) / 2) * (Math.PI / 180);
  return (box[3] - box[1]) / ((box[2] - box[0]) * Math.cos(midLat));
}
