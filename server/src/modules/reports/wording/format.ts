/**
 * Numbers, percentages, periods and dates as Vietnamese officials write them, and their English
 * counterparts. The one rounding rule of the report lives here: values are kept at full precision
 * everywhere and rounded once, at presentation, half away from zero (1,005 → 1,01; −2,675 → −2,68).
 */

/** The two languages of every report. */
export type Lang = 'vi' | 'en';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en' };

/** Percentages are shown with two decimals unless an indicator says otherwise. */
export const PERCENT_DECIMALS = 2;

/**
 * Rounds half away from zero to `decimals` places, on the number's shortest decimal form so that
 * binary noise (1.005 is stored as 1.00499…) does not decide the result.
 */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const shortest = Number(abs.toPrecision(15));
  const [mantissa, exp] = shortest.toExponential().split('e') as [string, string];
  const shifted = Number(`${mantissa}e${Number(exp) + decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * A number in the language's notation ("36.539", "1,62" / "36,539", "1.62"), rounded once.
 * `trim` drops trailing zeros after the decimal sign, as running text does ("589", "3,1"); tables keep them.
 */
export function formatNumber(value: number, decimals: number, lang: Lang, opts: { trim?: boolean } = {}): string {
  const rounded = roundHalfAway(value, decimals);
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: opts.trim ? 0 : decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  }).format(rounded === 0 ? 0 : rounded);
}

/** A percentage without sign ("1,62%"); the caller words the direction. */
export function formatPercent(value: number, lang: Lang, opts: { decimals?: number; trim?: boolean } = {}): string {
  return `${formatNumber(value, opts.decimals ?? PERCENT_DECIMALS, lang, { trim: opts.trim })}%`;
}

/** The direction of a change once rounded for presentation: a −0,004 % change reads as no change. */
export function direction(percent: number, decimals = PERCENT_DECIMALS): 'up' | 'down' | 'flat' {
  const r = roundHalfAway(percent, decimals);
  return r > 0 ? 'up' : r < 0 ? 'down' : 'flat';
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const COUNT_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

/** "tháng 5/2023" / "May 2023". */
export function monthLabel(year: number, month: number, lang: Lang): string {
  return lang === 'vi' ? `tháng ${month}/${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

/** Year to date: "5 tháng đầu năm 2023" / "the first five months of 2023"; a whole year: "cả năm 2023" / "the whole of 2023". */
export function ytdLabel(year: number, lastMonth: number, lang: Lang): string {
  if (lastMonth === 1) return monthLabel(year, 1, lang);
  if (lastMonth === 12) return lang === 'vi' ? `cả năm ${year}` : `the whole of ${year}`;
  return lang === 'vi' ? `${lastMonth} tháng đầu năm ${year}` : `the first ${COUNT_EN[lastMonth - 1]} months of ${year}`;
}

/** "quý II/2023" / "Q2 2023". */
export function quarterLabel(year: number, quarter: number, lang: Lang): string {
  return lang === 'vi' ? `quý ${ROMAN[quarter - 1]}/${year}` : `Q${quarter} ${year}`;
}

/** "6 tháng đầu năm 2023" / "the first half of 2023". */
export function halfLabel(year: number, half: number, lang: Lang): string {
  if (lang === 'vi') return half === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  return half === 1 ? `the first half of ${year}` : `the second half of ${year}`;
}

/** Any period key ('2023-05', '2023-Q2', '2023-H1', '2023', '2023-01/2023-05') in words. */
export function periodLabel(key: string, lang: Lang): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) return monthLabel(Number(m[1]), Number(m[2]), lang);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) return quarterLabel(Number(m[1]), Number(m[2]), lang);
  if ((m = /^(\d{4})-H([12])$/.exec(key))) return halfLabel(Number(m[1]), Number(m[2]), lang);
  if ((m = /^(\d{4})-01\/\d{4}-(\d{2})$/.exec(key))) return ytdLabel(Number(m[1]), Number(m[2]), lang);
  if ((m = /^(\d{4})$/.exec(key))) return lang === 'vi' ? `năm ${m[1]}` : `${m[1]}`;
  return key;
}

/** The calendar date and time in Viet Nam (UTC+7, no daylight saving) of an instant. */
export function vietnamTime(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(at.getTime() + 7 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The place and date line of Decree 30/2020: "Nghệ An, ngày 07 tháng 6 năm 2023" (days below 10 and
 * the months 1 and 2 take a leading zero) / "Nghe An, 7 June 2023".
 */
export function placeDateLine(place: string, at: Date, lang: Lang): string {
  const t = vietnamTime(at);
  if (lang === 'en') return `${place}, ${t.day} ${MONTHS_EN[t.month - 1]} ${t.year}`;
  return `${place}, ngày ${two(t.day)} tháng ${t.month <= 2 ? two(t.month) : t.month} năm ${t.year}`;
}

/** A cut-off instant: "12:00 ngày 07/6/2023" / "12:00 on 7 June 2023" (Viet Nam time). */
export function cutoffLabel(at: Date, lang: Lang): string {
  const t = vietnamTime(at);
  const time = `${two(t.hour)}:${two(t.minute)}`;
  return lang === 'vi'
    ? `${time} ngày ${two(t.day)}/${t.month <= 2 ? two(t.month) : t.month}/${t.year}`
    : `${time} on ${t.day} ${MONTHS_EN[t.month - 1]} ${t.year}`;
}

/** Lower-cases the first letter of a name used mid-sentence, unless it starts an acronym ("ASEAN"). */
export function midSentence(name: string): string {
  const [first, second] = [name.charAt(0), name.charAt(1)];
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return name;
  return first.toLowerCase() + name.slice(1);
}

/** Upper-cases the first letter of a sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
