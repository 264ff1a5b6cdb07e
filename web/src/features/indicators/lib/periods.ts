/** Period arithmetic of the screens (the server does the figures; these only build the periods to ask for). */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a month written YYYY-MM. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && monthPattern.test(value);
}

/** True for a calendar day written YYYY-MM-DD that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !datePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function split(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

function join(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month `count` months after (or before, when negative) a month. */
export function addMonths(month: string, count: number): string {
  const [year, m] = split(month);
  const index = year * 12 + (m - 1) + count;
  return join(Math.floor(index / 12), (index % 12) + 1);
}

/** The `count` months ending at `latest`, newest first. */
export function monthsBack(latest: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(latest, -i));
}

/** The year of any period ("2026-10", "2026-Q3", "2026-01/2026-10" → 2026: the year it ends in). */
export function yearOf(period: string): number {
  const end = period.includes('/') ? period.split('/')[1]! : period;
  return Number(end.slice(0, 4));
}

/** Year to date ending at a month: "2026-10" → "2026-01/2026-10". */
export function ytdOf(month: string): string {
  return `${month.slice(0, 4)}-01/${month}`;
}

/** The quarter a month is in: "2026-10" → "2026-Q4". */
export function quarterOf(month: string): string {
  const [year, m] = split(month);
  return `${year}-Q${Math.ceil(m / 3)}`;
}

/** The kinds of period the comparison offers. */
export type PeriodKind = 'month' | 'quarter' | 'ytd';

/** What kind of period a comparison period is, or null for one the screens do not offer. */
export function periodKind(period: string): PeriodKind | null {
  if (monthPattern.test(period)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  const [from, to] = period.split('/');
  if (from !== undefined && to !== undefined && monthPattern.test(from) && monthPattern.test(to) && from === `${to.slice(0, 4)}-01`) return 'ytd';
  return null;
}

/** The last quarter complete at a month: "2026-09" → "2026-Q3", "2026-10" → "2026-Q3". */
export function completeQuarterAt(month: string): string {
  const m = split(month)[1];
  return m % 3 === 0 ? quarterOf(month) : quarterOf(addMonths(month, -(m % 3)));
}

/** The periods of one kind to choose from, newest first, ending at `latest`: 24 months, 24 year-to-date spans, or the 8 complete quarters. */
export function periodChoices(latest: string, kind: PeriodKind): string[] {
  const months = monthsBack(latest, 24);
  if (kind === 'month') return months;
  if (kind === 'ytd') return months.map(ytdOf);
  return [...new Set(months.map(completeQuarterAt))];
}

/** A period of a kind that ends at `month` or, for a quarter, at the last complete one (switching the kind keeps the month in view). */
export function periodOfKind(kind: PeriodKind, month: string): string {
  return kind === 'month' ? month : kind === 'ytd' ? ytdOf(month) : completeQuarterAt(month);
}

/** The last month of a period the screens offer ("2026-Q3" → "2026-09"). */
export function lastMonthOf(period: string): string | null {
  if (monthPattern.test(period)) return period;
  const quarter = period.match(/^(\d{4})-Q([1-4])$/);
  if (quarter) return join(Number(quarter[1]), Number(quarter[2]) * 3);
  const to = period.split('/')[1];
  return to !== undefined && monthPattern.test(to) ? to : null;
}

/** The moment the server reads an as-of day as: the end of that day in Vietnam (UTC+7). */
export function endOfDayInVietnam(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}

/** The vintage in force at a moment: the newest recorded at or before it (versions grow with time). */
export function versionInForce(items: readonly { version: number; recordedAt: string }[], at: Date): number | null {
  let best: { version: number; recordedAt: string } | null = null;
  for (const item of items) {
    if (new Date(item.recordedAt).getTime() <= at.getTime() && (!best || item.version > best.version)) best = item;
  }
  return best?.version ?? null;
}
