import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import * as repo from './places.repository';
import { currentProvinceCodes as currentProvinceCodesFromDb, parseUnitRef, predecessorsOf, resolveUnit, toUnit, today, type Unit } from './places.service';

/** A unit reference resolved with what the figures need: the unit, its predecessors, the current provinces holding it. */
export type ResolvedRef = { ref: string; unit: Unit; predecessors: Unit[]; provinceCodes: string[] };

type Link = { successor_id: string; predecessor_id: string };
type Directory = { units: Unit[]; byId: Map<string, Unit>; links: Link[] };

/**
 * The provinces and their succession links (about a hundred rows) come only from migrations — nothing the platform's
 * users do changes them — so they are read once per database handle and resolved in memory afterwards. (Communes,
 * which an administrator imports, are always read from the database.)
 */
const directories = new WeakMap<object, Promise<Directory>>();

function provinceDirectory(db: Db): Promise<Directory> {
  let directory = directories.get(db);
  if (!directory) {
    directory = repo.loadProvinceDirectory(db).then(({ units: rows, links }) => {
      const units = rows.map(toUnit);
      return { units, byId: new Map(units.map((u) => [u.id, u])), links };
    });
    directories.set(db, directory);
    directory.catch(() => directories.delete(db));
  }
  return directory;
}

/** The provinces in force today that a province (or a unit it merged into) became, following the succession links. */
function currentCodesOf(dir: Directory, unit: Unit, depth = 0): string[] {
  if (unit.validTo === null || depth > 5) return [unit.code];
  return dir.links
    .filter((l) => l.predecessor_id === unit.id)
    .flatMap((l) => (dir.byId.get(l.successor_id) ? currentCodesOf(dir, dir.byId.get(l.successor_id)!, depth + 1) : []));
}

function provinceOn(dir: Directory, code: string, date: string | null): Unit {
  const on = date ?? today();
  const unit = dir.units.find((u) => u.code === code && u.validFrom <= on && (u.validTo === null || u.validTo >= on));
  if (!unit) throw new AppError('not_found', `No administrative unit with code ${code}${date ? ` on ${date}` : ''}`);
  return unit;
}

/** Resolves many references: provinces in memory from the directory, communes one by one from the database. */
export async function resolveRefs(db: Db, refs: string[]): Promise<ResolvedRef[]> {
  const dir = await provinceDirectory(db);
  const out: ResolvedRef[] = [];
  for (const ref of [...new Set(refs)]) {
    const { code, date } = parseUnitRef(ref);
    if (code.length > 2) {
      const unit = await resolveUnit(db, ref);
      out.push({
        ref,
        unit,
        predecessors: await predecessorsOf(db, unit.id),
        provinceCodes: await currentProvinceCodesFromDb(db, [`${unit.code}@${unit.validFrom}`]),
      });
      continue;
    }
    const unit = provinceOn(dir, code, date);
    const predecessors = dir.links
      .filter((l) => l.successor_id === unit.id)
      .map((l) => dir.byId.get(l.predecessor_id)!)
      .filter(Boolean);
    out.push({ ref, unit, predecessors, provinceCodes: [...new Set(currentCodesOf(dir, unit))] });
  }
  return out;
}

/**
 * The current province codes that contain each referenced unit (itself when in force, its successors when merged, its
 * province for a commune): the scope check of every request, answered from memory for provinces.
 */
export async function currentProvinceCodes(db: Db, refs: string[]): Promise<string[]> {
  const provinces = refs.filter((ref) => parseUnitRef(ref).code.length <= 2);
  const others = refs.filter((ref) => !provinces.includes(ref));
  const resolved = provinces.length ? await resolveRefs(db, provinces) : [];
  const fromDb = others.length ? await currentProvinceCodesFromDb(db, others) : [];
  return [...new Set([...resolved.flatMap((r) => r.provinceCodes), ...fromDb])];
}
