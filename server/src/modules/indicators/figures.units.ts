import type { Db } from '../../database';
import { currentProvinceCodes, predecessorsOf, resolveUnit, type Unit } from '../places';

/** A unit reference resolved for the figures: the unit, its predecessors, and the current province codes holding them. */
export type ResolvedOrgunit = { ref: string; unit: Unit; predecessors: Unit[]; provinceCodes: string[] };

/** The reference naming exactly one unit (its code and first day). */
export const exactRef = (unit: Unit) => `${unit.code}@${unit.validFrom}`;

/** Resolves orgunit references, once each. */
export async function resolveOrgunits(db: Db, refs: string[]): Promise<ResolvedOrgunit[]> {
  const out: ResolvedOrgunit[] = [];
  for (const ref of [...new Set(refs)]) {
    const unit = await resolveUnit(db, ref);
    const predecessors = await predecessorsOf(db, unit.id);
    const provinceCodes = await currentProvinceCodes(db, [exactRef(unit)]);
    out.push({ ref, unit, predecessors, provinceCodes });
  }
  return out;
}
