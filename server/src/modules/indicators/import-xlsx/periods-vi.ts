import { foldVi } from './text-vi';
import type { Base, FigureStatus } from './types';

/** The shape of a platform period. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'ytd';

/** A period read from a header or a row label, with what the column compares against and any stated vintage. */
export type PeriodReading = {
  period: string;
  kind: PeriodKind;
  year: number;
  /** Last month the period covers (1–12). */
  endMonth: number;
  base: Base;
  status: FigureStatus | null;
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
// Where the period part of a header ends and its comparison clause begins ("… so với cùng kỳ năm trước").
const COMPARISON = /\bso (?:voi |sanh )?(?:cung|ck\b|thang|ky|nam|kh\b|ke hoach)/;

/** Month key `2026-06`. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Year-to-date key as an ISO 8601 interval: `2026-01/2026-06`. */
export function ytdKey(year: number, endMonth: number): string {
  return `${monthKey(year, 1)}/${monthKey(year, endMonth)}`;
}

/** What a header compares against: same period last year, previous month, or nothing (a level). */
export function readComparison(text: string): Base {
  const f = foldVi(text);
  if (/\bso (?:voi |sanh )?(?:thang truoc|ky truoc)/.test(f)) return 'prev_month';
  if (/\bso (?:voi |sanh )?(?:cung ky|ck\b|cung thang)/.test(f)) return 'same_period';
  return 'level';
}

/** The vintage a header states: `Ước tính` → estimate, `Sơ bộ` → preliminary, `Chính thức` → official. */
export function readStatus(text: string): FigureStatus | null {
  const f = foldVi(text);
  if (/\b(?:uoc tinh|uoc thuc hien|du uoc|uoc)\b/.test(f)) return 'estimate';
  if (/\bso bo\b/.test(f)) return 'preliminary';
  if (/\bchinh thuc\b/.test(f)) return 'official';
  return null;
}

/** Reads a column header's period, comparison and stated vintage (`Tháng 6/2026 so với tháng trước`, `Lũy kế cuối tháng 01/2026 so cùng kỳ`); `contextYear` fills `năm báo cáo`. */
export function parsePeriodHeader(text: string, contextYear?: number): PeriodReading | null {
  const folded = foldVi(text);
  const cut = COMPARISON.exec(folded);
  const p = cut ? folded.slice(0, cut.index) : folded;
  const found = readPeriodPart(p, contextYear);
  if (!found) return null;
  return { ...found, base: readComparison(folded), status: readStatus(p) };
}

function readPeriodPart(p: string, ctx: number | undefined): Omit<PeriodReading, 'base' | 'status'> | null {
  const yearOf = (s: string | undefined) => (s ? Number(s) : relativeYear(p, ctx));
  const count = /(?:^|[^\d/])(\d{1,2}) thang (?:dau )?(?:nam )?(?:(\d{4})\b)?/.exec(p);
  if (count && !/cuoi nam/.test(p)) return countOfMonths(Number(count[1]), yearOf(count[2]));
  if (/\b6 thang cuoi nam\b|\bnua cuoi nam\b/.test(p)) return half(2, yearOf(/\b(\d{4})\b/.exec(p)?.[1]));
  if (/\bnua dau nam\b/.test(p)) return half(1, yearOf(/\b(\d{4})\b/.exec(p)?.[1]));
  const month = /\bthang (\d{1,2})(?:\s*[/.-]\s*(\d{4})|\s+nam\s+(\d{4}))?\b/.exec(p);
  const quarter = /\bqu[yi] (iv|i{1,3}|[1-4])\b(?:\s*[/.-]\s*(\d{4})|\s+nam\s+(\d{4}))?/.exec(p);
  if (quarter) {
    const y = yearOf(quarter[2] ?? quarter[3]);
    const q = ROMAN[quarter[1] ?? ''];
    return y && q ? { period: `${y}-Q${q}`, kind: 'quarter', year: y, endMonth: q * 3 } : null;
  }
  if (month) {
    const y = yearOf(month[2] ?? month[3]);
    const m = Number(month[1]);
    if (!y || m < 1 || m > 12) return null;
    // "Lũy kế (cuối) tháng 01/2026" is the year to date through that month, not the month itself.
    if (/\b(?:luy ke|cong don)\b/.test(p)) return { period: ytdKey(y, m), kind: 'ytd', year: y, endMonth: m };
    return { period: monthKey(y, m), kind: 'month', year: y, endMonth: m };
  }
  const year = /\b(?:ca )?nam (\d{4})\b/.exec(p) ?? /^(\d{4})$/.exec(p);
  if (year) {
    const y = Number(year[1]);
    return { period: String(y), kind: 'year', year: y, endMonth: 12 };
  }
  return null;
}

function relativeYear(p: string, ctx: number | undefined): number | undefined {
  if (ctx === undefined) return undefined;
  return /\bnam truoc\b/.test(p) ? ctx - 1 : ctx;
}

function countOfMonths(n: number, y: number | undefined): Omit<PeriodReading, 'base' | 'status'> | null {
  if (!y || n < 1 || n > 12) return null;
  if (n === 12) return { period: String(y), kind: 'year', year: y, endMonth: 12 };
  return { period: ytdKey(y, n), kind: 'ytd', year: y, endMonth: n };
}

function half(h: 1 | 2, y: number | undefined): Omit<PeriodReading, 'base' | 'status'> | null {
  return y ? { period: `${y}-H${h}`, kind: 'half', year: y, endMonth: h * 6 } : null;
}

/** Reads a department row label for a column's year: `1`…`12`, `Quí I`/`Quý IV`, `6 tháng` (to date), `12 tháng` (year), `Sơ bộ` (preliminary year). */
export function parsePeriodLabel(label: string | number, year: number): Omit<PeriodReading, 'base'> | null {
  const f = typeof label === 'number' ? String(label) : foldVi(label).replace(/[.:]$/, '');
  const m = /^(?:thang |t)?(\d{1,2})$/.exec(f);
  if (m) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    return { period: monthKey(year, month), kind: 'month', year, endMonth: month, status: null };
  }
  const q = /^qu[yi] (iv|i{1,3}|[1-4])$/.exec(f);
  if (q) {
    const n = ROMAN[q[1] ?? ''] ?? 0;
    return { period: `${year}-Q${n}`, kind: 'quarter', year, endMonth: n * 3, status: null };
  }
  const c = /^(\d{1,2}) thang(?: dau nam)?$/.exec(f);
  if (c) {
    const r = countOfMonths(Number(c[1]), year);
    return r ? { ...r, status: null } : null;
  }
  if (/^6 thang cuoi nam$/.test(f)) return { period: `${year}-H2`, kind: 'half', year, endMonth: 12, status: null };
  if (/^so bo(?: ca nam| nam)?$/.test(f)) return { period: String(year), kind: 'year', year, endMonth: 12, status: 'preliminary' };
  if (/^(?:uoc tinh|uoc thuc hien|du uoc)(?: ca nam| nam)?$/.test(f)) return { period: String(year), kind: 'year', year, endMonth: 12, status: 'estimate' };
  if (/^ca nam$/.test(f)) return { period: String(year), kind: 'year', year, endMonth: 12, status: null };
  return null;
}

/** The year of a plan label (`KH 2026`, `Kế hoạch năm 2026`), or null. */
export function parsePlanLabel(label: string): number | null {
  const m = /^(?:kh|ke hoach)(?: nam)? (\d{4})$/.exec(foldVi(label));
  return m ? Number(m[1]) : null;
}

/** A year column header of the department's workbook (`Năm 2025`, `2026`, `Thực hiện năm 2026`), or null. */
export function parseYearHeader(text: string): number | null {
  const m = /^(?:thuc hien |th )?(?:nam )?(\d{4})$/.exec(foldVi(text));
  return m ? Number(m[1]) : null;
}
