import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import * as repo from './places.repository';

/** A unit as the rest of the platform sees it. */
export type Unit = {
  id: string;
  code: string;
  level: 'province' | 'commune';
  kind: string;
  name: string;
  nameEn: string;
  provinceCode: string | null;
  validFrom: string;
  validTo: string | null;
};

type UnitRow = Awaited<ReturnType<typeof repo.findUnitByCodeOn>> & {};

/** Maps a row to the Unit shape. */
export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    code: row.code,
    level: row.level,
    kind: row.kind,
    name: row.name,
    nameEn: row.name_en,
    provinceCode: row.province_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** Today's date as YYYY-MM-DD (UTC+7, the date officials live in). */
export function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

const REF = /^(\d{2,5})(?:@(\d{4}-\d{2}-\d{2}))?$/;

/** Parses `CODE` or `CODE@YYYY-MM-DD`, refusing anything else. */
export function parseUnitRef(ref: string): { code: string; date: string | null } {
  const match = REF.exec(ref.trim());
  if (!match)
    throw new AppError('validation_failed', `Invalid unit reference "${ref}"`, { fields: [{ path: 'orgunit', message: 'expected CODE or CODE@YYYY-MM-DD' }] });
  return { code: match[1]!, date: match[2] ?? null };
}

/** Resolves a unit reference: a code means the unit holding it today; `CODE@DATE` the unit holding it on that date. */
export async function resolveUnit(db: Db, ref: string): Promise<Unit> {
  const { code, date } = parseUnitRef(ref);
  const row = await repo.findUnitByCodeOn(db, code, date ?? today());
  if (!row) throw new AppError('not_found', `No administrative unit with code ${code}${date ? ` on ${date}` : ''}`);
  return toUnit(row);
}

/** The units a unit was formed from (empty for units that were not formed by a merger). */
export async function predecessorsOf(db: Db, unitId: string): Promise<Unit[]> {
  const links = (await repo.findSuccessions(db, [unitId])).filter((s) => s.successor_id === unitId);
  return (
    await repo.findUnitsByIds(
      db,
      links.map((l) => l.predecessor_id),
    )
  ).map(toUnit);
}

/** Provinces in force on a date (today by default), each with its predecessors. */
export async function listProvinces(db: Db, date = today()) {
  const units = (await repo.listProvincesOn(db, date)).map(toUnit);
  const links = await repo.findSuccessions(
    db,
    units.map((u) => u.id),
  );
  const others = await repo.findUnitsByIds(db, [...new Set(links.flatMap((l) => [l.successor_id, l.predecessor_id]))]);
  const byId = new Map(others.map((row) => [row.id, toUnit(row)]));
  return units.map((unit) => ({
    ...unit,
    predecessors: links.filter((l) => l.successor_id === unit.id).map((l) => pick(byId.get(l.predecessor_id))),
    successors: links.filter((l) => l.predecessor_id === unit.id).map((l) => pick(byId.get(l.successor_id))),
  }));
}

function pick(unit: Unit | undefined) {
  return { code: unit?.code ?? '', name: unit?.name ?? '', id: unit?.id ?? '' };
}

/**
 * The current province codes that contain each referenced unit: itself when in force,
 * its successors when merged, its province for a commune. Used for scope checks.
 */
export async function currentProvinceCodes(db: Db, refs: string[]): Promise<string[]> {
  const codes = new Set<string>();
  for (const ref of refs) {
    let units = [await resolveUnit(db, ref)];
    for (let depth = 0; depth < 5 && units.some((u) => u.validTo !== null); depth++) {
      const next: Unit[] = [];
      for (const unit of units) {
        if (unit.validTo === null) next.push(unit);
        else {
          const links = (await repo.findSuccessions(db, [unit.id])).filter((l) => l.predecessor_id === unit.id);
          next.push(
            ...(
              await repo.findUnitsByIds(
                db,
                links.map((l) => l.successor_id),
              )
            ).map(toUnit),
          );
        }
      }
      units = next;
    }
    for (const unit of units) codes.add(unit.level === 'commune' ? (unit.provinceCode ?? unit.code) : unit.code);
  }
  return [...codes];
}

/** Communes of a province in force today. */
export async function listCommunes(db: Db, provinceCode: string): Promise<Unit[]> {
  return (await repo.listCommunes(db, provinceCode)).map(toUnit);
}
