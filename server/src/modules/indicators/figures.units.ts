import type { Db } from '../../database';
import { resolveRefs, type ResolvedRef, type Unit } from '../places';

/** A unit reference resolved for the figures: the unit, its predecessors, and the current province codes holding them. */
export type ResolvedOrgunit = ResolvedRef;

/** The reference naming exactly one unit (its code and first day). */
export const exactRef = (unit: Unit) => `${unit.code}@${unit.validFrom}`;

/** Resolves orgunit references, once each (provinces in memory from one load of the directory). */
export function resolveOrgunits(db: Db, refs: string[]): Promise<ResolvedOrgunit[]> {
  return resolveRefs(db, refs);
}
