import { valueItems } from './forms.items';

/** A form's values by item number. */
export type Items = Record<string, number>;

/** One rule of the forms, evaluated: pass or fail with the numbers that decide it. */
export type Check = {
  rule: string;
  pass: boolean;
  message: { vi: string; en: string };
  numbers: Record<string, number | null>;
  offending?: { item: string; value: number | null; expected: number | null; difference: number | null; communes?: Record<string, number> }[];
};

const EPS = 1e-6;
/** Rounding tolerance of a percentage written with two decimals. */
const PERCENT_TOLERANCE = 0.01;

/** Rounds half away from zero. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Math.sign(value) * Number.EPSILON) * f) / f;
}

/** Occupancy = leased ÷ industrial × 100, two decimals; null without industrial land. */
export function occupancy(leased: number | undefined, industrial: number | undefined): number | null {
  return industrial && industrial > 0 ? round(((leased ?? 0) / industrial) * 100, 2) : null;
}

/** Biểu 02 with item 5 (occupancy) computed from items 4 and 3. */
export function withOccupancy02(items: Items): Items {
  const out = { ...items };
  delete out['5'];
  const o = occupancy(items['4'], items['3']);
  if (o !== null) out['5'] = o;
  return out;
}

/** Biểu 03/04 with item 19 computed from 18 and 17 when it was not given. */
export function withOccupancy0304(items: Items, opts: { overwrite: boolean }): Items {
  if (!opts.overwrite && items['19'] !== undefined) return items;
  const out = { ...items };
  delete out['19'];
  const o = occupancy(items['18'], items['17']);
  if (o !== null) out['19'] = o;
  return out;
}

function partsCheck(items: Items, total: string, parts: [string, string]): Check {
  const actual = items[total] ?? 0;
  const expected = round((items[parts[0]] ?? 0) + (items[parts[1]] ?? 0), 6);
  const pass = Math.abs(actual - expected) < EPS;
  const rule = `${total} = ${parts[0]} + ${parts[1]}`;
  return {
    rule,
    pass,
    numbers: { [total]: actual, [parts[0]]: items[parts[0]] ?? 0, [parts[1]]: items[parts[1]] ?? 0 },
    message: pass
      ? { vi: `Chỉ tiêu ${rule}: đúng`, en: `Item ${rule}: holds` }
      : {
          vi: `Chỉ tiêu ${total} là ${actual} nhưng ${parts[0]} + ${parts[1]} = ${expected}`,
          en: `Item ${total} is ${actual} but ${parts[0]} + ${parts[1]} = ${expected}`,
        },
  };
}

function occupancyCheck(items: Items): Check {
  const expected = occupancy(items['18'], items['17']);
  const actual = items['19'] ?? null;
  const pass = expected === null ? actual === null || actual === 0 : actual !== null && Math.abs(actual - expected) <= PERCENT_TOLERANCE + EPS;
  return {
    rule: '19 = 18 ÷ 17 × 100',
    pass,
    numbers: { '17': items['17'] ?? null, '18': items['18'] ?? null, '19': actual },
    message: pass
      ? { vi: 'Tỷ lệ lấp đầy (19) = 18 ÷ 17 × 100: đúng', en: 'Occupancy (19) = 18 ÷ 17 × 100: holds' }
      : {
          vi: `Tỷ lệ lấp đầy (19) là ${actual ?? 'trống'} nhưng 18 ÷ 17 × 100 = ${expected ?? 'không tính được'}`,
          en: `Occupancy (19) is ${actual ?? 'empty'} but 18 ÷ 17 × 100 = ${expected ?? 'undefined'}`,
        },
  };
}

/** The internal rules of a Biểu 03 or 04: 15 = 15.1 + 15.2; 16 = 16.1 + 16.2; 19 = 18 ÷ 17 × 100. */
export function internalChecks(items: Items): Check[] {
  return [partsCheck(items, '15', ['15.1', '15.2']), partsCheck(items, '16', ['16.1', '16.2']), occupancyCheck(items)];
}

/** Σ of the communes' Biểu 03 for every additive item; ratios (19) are recomputed from the sums, never added. */
export function sumItems(list: readonly Items[]): Items {
  const out: Items = {};
  for (const item of valueItems('04')) {
    if (item.ratio) continue;
    out[item.code] = round(
      list.reduce((acc, items) => acc + (items[item.code] ?? 0), 0),
      6,
    );
  }
  return withOccupancy0304(out, { overwrite: true });
}

/** Biểu 04 = Σ Biểu 03: every additive item of the province's form equals the sum of its communes', or is named with the numbers. */
export function sumCheck(province: Items, communes: readonly { code: string; items: Items }[]): Check {
  const sum = sumItems(communes.map((c) => c.items));
  const offending = valueItems('04')
    .filter((i) => !i.ratio)
    .filter((i) => Math.abs((province[i.code] ?? 0) - (sum[i.code] ?? 0)) >= EPS)
    .map((i) => ({
      item: i.code,
      value: province[i.code] ?? null,
      expected: sum[i.code] ?? null,
      difference: round((province[i.code] ?? 0) - (sum[i.code] ?? 0), 6),
      communes: Object.fromEntries(communes.map((c) => [c.code, c.items[i.code] ?? 0])),
    }));
  const pass = offending.length === 0;
  return {
    rule: '04 = Σ 03',
    pass,
    numbers: { communes: communes.length },
    offending,
    message: pass
      ? { vi: `Biểu 04 bằng tổng Biểu 03 của ${communes.length} xã`, en: `Form 04 equals the sum of ${communes.length} communes' Form 03` }
      : {
          vi: `Biểu 04 khác tổng Biểu 03 ở chỉ tiêu ${offending.map((o) => `${o.item} (${o.value} ≠ ${o.expected})`).join(', ')}`,
          en: `Form 04 differs from the sum of Form 03 at item ${offending.map((o) => `${o.item} (${o.value} ≠ ${o.expected})`).join(', ')}`,
        },
  };
}
