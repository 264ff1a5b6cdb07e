import { foldVi } from './text-vi';

/** A conversion from the unit a file states to the platform unit: value × mul ÷ div. */
export type UnitConversion = { mul: number; div: number; from: string; to: string };

const MONEY_VND: readonly [RegExp, number, number, string][] = [
  [/\bnghin ty dong\b/, 1000, 1, 'nghìn tỷ đồng'],
  [/\bty dong\b/, 1, 1, 'tỷ đồng'],
  [/\btrieu dong\b/, 1, 1000, 'triệu đồng'],
  [/\bnghin dong\b/, 1, 1_000_000, 'nghìn đồng'],
];
const MONEY_USD: readonly [RegExp, number, number, string][] = [
  [/\bty (?:usd|do la)\b/, 1000, 1, 'tỷ USD'],
  [/\btrieu (?:usd|do la)\b/, 1, 1, 'triệu USD'],
  [/\bnghin (?:usd|do la)\b/, 1, 1000, 'nghìn USD'],
];

/** Platform unit of the built-in indicators (domain.md catalogue). */
export const PLATFORM_UNIT: Readonly<Record<string, string>> = {
  IIP: '%',
  IND_OUTPUT: 'tỷ đồng',
  IND_VALUE_ADDED: 'tỷ đồng',
  RETAIL: 'tỷ đồng',
  RETAIL_GOODS: 'tỷ đồng',
  EXPORT: 'triệu USD',
  IMPORT: 'triệu USD',
  TRADE_BALANCE: 'triệu USD',
};

/** How a stated unit converts to the indicator's platform unit; null when the unit is not one we can convert. */
export function unitConversion(indicator: string, unitText: string): UnitConversion | null {
  const to = PLATFORM_UNIT[indicator];
  const f = foldVi(unitText);
  const table = to === 'tỷ đồng' ? MONEY_VND : to === 'triệu USD' ? MONEY_USD : [];
  if (to === '%') return /%|phan tram/.test(f) ? { mul: 1, div: 1, from: '%', to } : null;
  for (const [re, mul, div, from] of table) if (re.test(f)) return { mul, div, from, to: to ?? from };
  return null;
}

/** Applies a conversion; dividing by a whole number keeps `8126729 ÷ 1000` exactly 8126.729. */
export function convertValue(value: number, c: UnitConversion): number {
  return (value * c.mul) / c.div;
}

/** The note a converted figure carries (both languages), or undefined when nothing was converted. */
export function conversionNote(c: UnitConversion, raw: string): string | undefined {
  if (c.mul === 1 && c.div === 1) return undefined;
  const op = c.div > 1 ? `÷ ${c.div}` : `× ${c.mul}`;
  return `Quy đổi ${c.from} → ${c.to} (${op}), số gốc ${raw} / converted from ${c.from} to ${c.to} (${op}), original ${raw}`;
}
