import { PeriodError } from './errors';

/** The kinds of period the figures are published for. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'ytd';

/** A parsed period: a span of months within one year, with its canonical key. */
export type Period = { kind: PeriodKind; year: number; firstMonth: number; lastMonth: number; key: string };

const YEAR = '([1-9]\\d{3})';
const MONTH = '(0[1-9]|1[0-2])';
const PATTERNS = {
  month: new RegExp(`^${YEAR}-${MONTH}$`),
  quarter: new RegExp(`^${YEAR}-Q([1-4])$`),
  half: new RegExp(`^${YEAR}-H([12])$`),
  year: new RegExp(`^${YEAR}$`),
  ytd: new RegExp(`^${YEAR}-${MONTH}/${YEAR}-${MONTH}$`),
};

const pad = (month: number): string => String(month).padStart(2, '0');

/** Reads '2023-05', '2023-Q2', '2023-H1', '2023' or '2023-01/2023-05'; throws PeriodError otherwise. */
export function parsePeriod(text: string): Period {
  const n = (s: string | undefined): number => Number(s);
  let m = PATTERNS.month.exec(text);
  if (m) return monthPeriod(n(m[1]), n(m[2]));
  if ((m = PATTERNS.quarter.exec(text))) return quarterPeriod(n(m[1]), n(m[2]));
  if ((m = PATTERNS.half.exec(text))) return halfPeriod(n(m[1]), n(m[2]));
  if ((m = PATTERNS.year.exec(text))) return yearPeriod(n(m[1]));
  if ((m = PATTERNS.ytd.exec(text))) return parseInterval(text, n(m[1]), n(m[2]), n(m[3]), n(m[4]));
  throw new PeriodError(`Invalid period "${text}": expected 2023-05, 2023-Q2, 2023-H1, 2023 or 2023-01/2023-05`);
}

function parseInterval(text: string, y1: number, m1: number, y2: number, m2: number): Period {
  if (y1 !== y2) throw new PeriodError(`Invalid period "${text}": a year-to-date interval stays within one year`);
  if (m1 !== 1) throw new PeriodError(`Invalid period "${text}": a year-to-date interval starts in January`);
  return ytdPeriod(y1, m2);
}

/** Formats a period back to its canonical key. */
export function formatPeriod(p: Omit<Period, 'key'>): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${pad(p.firstMonth)}`;
    case 'quarter':
      return `${p.year}-Q${p.lastMonth / 3}`;
    case 'half':
      return `${p.year}-H${p.lastMonth / 6}`;
    case 'year':
      return String(p.year);
    case 'ytd':
      return `${p.year}-01/${p.year}-${pad(p.lastMonth)}`;
  }
}

const KIND_ORDER: Record<PeriodKind, number> = { month: 0, quarter: 1, half: 2, year: 3, ytd: 4 };
// Periods are immutable values made again and again while figures are computed: each is made once.
const made = new Map<number, Period>();

function make(kind: PeriodKind, year: number, firstMonth: number, lastMonth: number): Period {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new PeriodError(`Invalid year ${year}`);
  if (!Number.isInteger(lastMonth) || firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) {
    throw new PeriodError(`Invalid months ${firstMonth}..${lastMonth} of ${year}`);
  }
  const id = ((KIND_ORDER[kind] * 10_000 + year) * 13 + firstMonth) * 13 + lastMonth;
  const known = made.get(id);
  if (known) return known;
  const p = { kind, year, firstMonth, lastMonth };
  const period = Object.freeze({ ...p, key: formatPeriod(p) });
  if (made.size < 100_000) made.set(id, period);
  return period;
}

/** The month `month` (1..12) of `year`. */
export const monthPeriod = (year: number, month: number): Period => make('month', year, month, month);
/** The quarter `quarter` (1..4) of `year`. */
export const quarterPeriod = (year: number, quarter: number): Period => make('quarter', year, quarter * 3 - 2, quarter * 3);
/** The half `half` (1..2) of `year`. */
export const halfPeriod = (year: number, half: number): Period => make('half', year, half * 6 - 5, half * 6);
/** The whole year. */
export const yearPeriod = (year: number): Period => make('year', year, 1, 12);
/** January to `lastMonth` of `year` ("5 tháng đầu năm"). */
export const ytdPeriod = (year: number, lastMonth: number): Period => make('ytd', year, 1, lastMonth);

/** How many months the period spans. */
export const monthCount = (p: Period): number => p.lastMonth - p.firstMonth + 1;

/** True for every period longer than a month's own figure: quarter, half, year, year to date. */
export const isAggregate = (p: Period): boolean => p.kind !== 'month';

/** The months of the period, first to last. */
export function monthsOf(p: Period): Period[] {
  return Array.from({ length: monthCount(p) }, (_, i) => monthPeriod(p.year, p.firstMonth + i));
}

/** The keys of the months of the period ('2023-04', '2023-05', '2023-06'). */
export const monthKeysOf = (p: Period): string[] => monthsOf(p).map((m) => m.key);

/** The same span one year earlier ("cùng kỳ"). */
export function samePeriodLastYear(p: Period): Period {
  return make(p.kind, p.year - 1, p.firstMonth, p.lastMonth);
}

/** The month just before the period's first month (for a month: the previous month). */
export function previousMonth(p: Period): Period {
  return p.firstMonth === 1 ? monthPeriod(p.year - 1, 12) : monthPeriod(p.year, p.firstMonth - 1);
}

/** The year-to-date interval ending at the period's last month. */
export const ytdEndingAt = (p: Period): Period => ytdPeriod(p.year, p.lastMonth);

const spans = new Map<string, readonly string[]>();

/** Keys of every period spanning exactly the same months, own key first ('2023-01/2023-03' ↔ '2023-Q1'). */
export function spanKeys(p: Period): readonly string[] {
  let keys = spans.get(p.key);
  if (!keys) {
    keys = Object.freeze(computeSpanKeys(p));
    if (spans.size < 100_000) spans.set(p.key, keys);
  }
  return keys;
}

function computeSpanKeys(p: Period): string[] {
  const { year, firstMonth: f, lastMonth: l } = p;
  const keys = [p.key];
  const add = (q: Period): void => {
    if (!keys.includes(q.key)) keys.push(q.key);
  };
  if (f === l) add(monthPeriod(year, f));
  if (l - f === 2 && l % 3 === 0) add(quarterPeriod(year, l / 3));
  if (l - f === 5 && l % 6 === 0) add(halfPeriod(year, l / 6));
  if (f === 1 && l === 12) add(yearPeriod(year));
  if (f === 1) add(ytdPeriod(year, l));
  return keys;
}

/** True when the period ends before the ISO date `isoDate` (its last day is earlier). */
export function endsBefore(p: Period, isoDate: string): boolean {
  const next = p.lastMonth === 12 ? `${p.year + 1}-01-01` : `${p.year}-${pad(p.lastMonth + 1)}-01`;
  return next <= isoDate.slice(0, 10);
}
