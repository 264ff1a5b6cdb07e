import data from './data/provinces.json';

type RawUnit = { code: string; name: string; nameEn: string; kind: string; predecessors?: string[] };

/** The id of a unit: its code and the first day it held that code. */
export function unitId(code: string, validFrom: string): string {
  return `${code}@${validFrom}`;
}

/**
 * Rows for admin_unit and admin_unit_succession built from the data file.
 * A province whose only predecessor is itself (same code) kept its territory: it stays one unit across the merger.
 */
export function provinceRows() {
  const before = data.before.units as RawUnit[];
  const after = data.after.units as RawUnit[];
  const lastDayBefore = '2025-06-30';
  const continuing = new Set(after.filter((u) => u.predecessors?.length === 1 && u.predecessors[0] === u.code).map((u) => u.code));
  const units = [
    ...before.map((u) => ({
      id: unitId(u.code, data.before.validFrom),
      code: u.code,
      level: 'province',
      kind: u.kind,
      name: continuing.has(u.code) ? (after.find((a) => a.code === u.code)?.name ?? u.name) : u.name,
      name_en: continuing.has(u.code) ? (after.find((a) => a.code === u.code)?.nameEn ?? u.nameEn) : u.nameEn,
      province_code: null,
      valid_from: data.before.validFrom,
      valid_to: continuing.has(u.code) ? null : lastDayBefore,
    })),
    ...after
      .filter((u) => !continuing.has(u.code))
      .map((u) => ({
        id: unitId(u.code, data.after.validFrom),
        code: u.code,
        level: 'province',
        kind: u.kind,
        name: u.name,
        name_en: u.nameEn,
        province_code: null,
        valid_from: data.after.validFrom,
        valid_to: null,
      })),
  ];
  const successions = after
    .filter((u) => !continuing.has(u.code))
    .flatMap((u) =>
      (u.predecessors ?? []).map((p) => ({
        successor_id: unitId(u.code, data.after.validFrom),
        predecessor_id: unitId(p, data.before.validFrom),
      })),
    );
  return { units, successions };
}
