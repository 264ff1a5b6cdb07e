import type { ClusterBaseInput, NewClusterInput } from '../api/cluster-edit';
import { CLUSTER_TYPES, type ClusterType, type Location } from '../api/types';

/** What the cluster form holds while it is typed in (numbers as a NumField gives them: a number, or '' when empty). */
export type ClusterFormValues = {
  name: string;
  code: string;
  communeCode: string;
  communeName: string;
  type: ClusterType;
  plannedAreaHa: number | string;
  longitude: number | string;
  latitude: number | string;
  notes: string;
};

/** A field of the form. */
export type ClusterField = keyof ClusterFormValues;

/** Why a field is refused: a key of `clusterForm.error.*` in the clusters catalog. */
export type ClusterFieldError =
  | 'nameRequired'
  | 'nameTooLong'
  | 'codeFormat'
  | 'communeCodeFormat'
  | 'communeNameRequired'
  | 'communeNameTooLong'
  | 'typeInvalid'
  | 'areaRequired'
  | 'areaRange'
  | 'pointIncomplete'
  | 'longitudeRange'
  | 'latitudeRange'
  | 'notesTooLong';

/** The limits the server's schema sets (server/src/modules/clusters/clusters.schemas.ts). */
export const CLUSTER_LIMITS = {
  name: 300,
  communeName: 200,
  notes: 2000,
  areaMax: 100_000,
  longitude: [102, 118],
  latitude: [6, 24],
} as const;

/** The cluster being edited, as its page gives it (null for a new one). */
export type EditedCluster = {
  name: string;
  code: string;
  communeCode: string;
  communeName: string;
  type: ClusterType;
  plannedAreaHa: number;
  location: Location | null;
  notes: string | null;
};

/** The form's first values: empty for a new cluster, the cluster's own otherwise (a polygon is kept, not shown as a point). */
export function initialClusterValues(cluster: EditedCluster | null): ClusterFormValues {
  const point = cluster?.location?.type === 'Point' ? cluster.location.coordinates : null;
  return {
    name: cluster?.name ?? '',
    code: cluster?.code ?? '',
    communeCode: cluster?.communeCode ?? '',
    communeName: cluster?.communeName ?? '',
    type: cluster?.type ?? 'general',
    plannedAreaHa: cluster?.plannedAreaHa ?? '',
    longitude: point?.[0] ?? '',
    latitude: point?.[1] ?? '',
    notes: cluster?.notes ?? '',
  };
}

const num = (value: number | string): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** The outcome of {@link validateClusterForm}: the refused fields, or the body to send. */
export type ClusterFormResult =
  { ok: false; errors: Partial<Record<ClusterField, ClusterFieldError>> } | { ok: true; body: NewClusterInput; errors: Record<string, never> };

/**
 * Checks the form as the server's schema does (trimmed texts and their lengths, a five-digit commune code, the code
 * `A-Z 0-9 -` of 3 to 40 characters, 0 ≤ area ≤ 100 000 ha, a point inside the box around Viet Nam) and builds the body.
 * `existing` is the cluster edited: its polygon is kept when no point is typed, and a cleared point is sent as null.
 */
export function validateClusterForm(values: ClusterFormValues, existing: EditedCluster | null = null): ClusterFormResult {
  const errors: Partial<Record<ClusterField, ClusterFieldError>> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'nameRequired';
  else if (name.length > CLUSTER_LIMITS.name) errors.name = 'nameTooLong';
  const code = values.code.trim().toUpperCase();
  if (!existing && code && !/^[A-Z0-9-]{3,40}$/.test(code)) errors.code = 'codeFormat';
  const communeCode = values.communeCode.trim();
  if (!/^\d{5}$/.test(communeCode)) errors.communeCode = 'communeCodeFormat';
  const communeName = values.communeName.trim();
  if (!communeName) errors.communeName = 'communeNameRequired';
  else if (communeName.length > CLUSTER_LIMITS.communeName) errors.communeName = 'communeNameTooLong';
  if (!(CLUSTER_TYPES as readonly string[]).includes(values.type)) errors.type = 'typeInvalid';
  const area = num(values.plannedAreaHa);
  if (area === null) errors.plannedAreaHa = 'areaRequired';
  else if (area < 0 || area > CLUSTER_LIMITS.areaMax) errors.plannedAreaHa = 'areaRange';
  const lon = num(values.longitude);
  const lat = num(values.latitude);
  if ((lon === null) !== (lat === null)) errors[lon === null ? 'longitude' : 'latitude'] = 'pointIncomplete';
  if (lon !== null && !within(lon, CLUSTER_LIMITS.longitude)) errors.longitude = 'longitudeRange';
  if (lat !== null && !within(lat, CLUSTER_LIMITS.latitude)) errors.latitude = 'latitudeRange';
  const notes = values.notes.trim();
  if (notes.length > CLUSTER_LIMITS.notes) errors.notes = 'notesTooLong';
  if (Object.keys(errors).length) return { ok: false, errors };

  const base: ClusterBaseInput = { name, communeCode, communeName, type: values.type, plannedAreaHa: area!, notes: notes || null };
  if (lon !== null && lat !== null) base.location = { type: 'Point', coordinates: [lon, lat] };
  else if (existing?.location?.type === 'Point')
    base.location = null; // the point was cleared
  else if (!existing) base.location = null;
  // An existing polygon is left as it is (no `location` in the body).
  return { ok: true, errors: {}, body: !existing && code ? { ...base, code } : base };
}

/**
 * The form field a server-side refusal points to: "body.location.coordinates.1" → latitude, "communeCode" → itself.
 * Fields the form does not have are dropped (the generic message above the buttons says the rest).
 */
export function formFieldOfPath(path: string): ClusterField | null {
  const p = path.replace(/^body\./, '');
  if (p.startsWith('location')) return /coordinates\.1$/.test(p) ? 'latitude' : 'longitude';
  const fields: ClusterField[] = ['name', 'code', 'communeCode', 'communeName', 'type', 'plannedAreaHa', 'notes'];
  return (fields as string[]).includes(p) ? (p as ClusterField) : null;
}
