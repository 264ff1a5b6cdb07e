import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import * as repo from './places.repository';
import { currentProvinceCodes, parseUnitRef, predecessorsOf, resolveUnit, toUnit, today, type Unit } from './places.service';

/** A unit reference resolved with what the figures need: the unit, its predecessors, the current provinces holding it. */
export type ResolvedRef = { ref: string; unit: Unit; predecessors: Unit[]; provinceCodes: string[] };

/**
 * Resolves many references with two queries for all provinces (communes one by one): the provinces
 * and their succession links are loaded once and resolved in memory.
 */
export async function resolveRefs(db: Db, refs: string[]): Promise<ResolvedRef[]> {
  const { units: rows, links } = await repo.loadProvinceDirectory(db);
  const units = rows.map(toUnit);
  const byId = new Map(units.map((u) => [u.id, u]));
  const currentCodes = (unit: Unit, depth = 0): string[] =>
    unit.validTo === null || depth > 5
      ? [unit.code]
      : links.filter((l) => l.predecessor_id === unit.id).flatMap((l) => (byId.get(l.successor_id) ? currentCodes(byId.get(l.successor_id)!, depth + 1) : []));
  const out: ResolvedRef[] = [];
  for (const ref of [...new Set(refs)]) {
    const { code, date } = parseUnitRef(ref);
    if (code.length > 2) {
      const unit = await resolveUnit(db, ref);
      out.push({
        ref,
        unit,
        predecessors: await predecessorsOf(db, unit.id),
        provinceCodes: await currentProvinceCodes(db, [`${unit.code}@${unit.validFrom}`]),
      });
      continue;
    }
    const on = date ?? today();
    const unit = units.find((u) => u.code === code && u.validFrom <= on && (u.validTo === null || u.validTo >= on));
    if (!unit) throw new AppError('not_found', `No administrative unit with code ${code}${date ? ` on ${date}` : ''}`);
    const predecessors = links
      .filter((l) => l.successor_id === unit.id)
      .map((l) => byId.get(l.predecessor_id)!)
      .filter(Boolean);
    out.push({ ref, unit, predecessors, provinceCodes: [...new Set(currentCodes(unit))] });
  }
  return out;
}
