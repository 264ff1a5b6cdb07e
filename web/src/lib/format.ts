import { currentLanguage, type Language } from './i18n';

/**
 * The one place that turns numbers and dates into text, through Intl, in the current language:
 * vi-VN writes 36.539,5 and 01/07/2025; en writes 36,539.5 and Jul 1, 2025. Null and undefined become "—".
 */

const empty = '—';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en' };

const dateOptions: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

const timeOptions: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  en: { hour: 'numeric', minute: '2-digit' },
};

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(decimals: number | undefined, sign = false): Intl.NumberFormat {
  const language = currentLanguage();
  const key = `n:${language}:${decimals ?? ''}:${sign}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locales[language], {
      ...(decimals === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
      ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

function dateFormat(kind: 'date' | 'datetime', utc: boolean): Intl.DateTimeFormat {
  const language = currentLanguage();
  const key = `d:${language}:${kind}:${utc}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options = kind === 'date' ? dateOptions[language] : { ...dateOptions[language], ...timeOptions[language] };
    format = new Intl.DateTimeFormat(locales[language], utc ? { ...options, timeZone: 'UTC' } : options);
    cache.set(key, format);
  }
  return format;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Options of {@link formatNumber}: fixed decimals; `sign` writes "+" before a positive number (a gap, a change). */
export type NumberOptions = { decimals?: number; sign?: boolean };

/** The separators of the current language, for inputs that edit numbers ("." and "," in vi; "," and "." in en). */
export function numberSeparators(): { thousand: string; decimal: string } {
  const parts = numberFormat(undefined).formatToParts(12345.6);
  return { thousand: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

/** Formats a number in the current language ("36.539,5" in vi, "36,539.5" in en); fixed decimals when given. */
export function formatNumber(value: number | null | undefined, options: NumberOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return numberFormat(options.decimals, options.sign).format(value);
}

/** Formats a value already in percent (9.63 → "9,63%" in vi, "9.63%" in en), as officials write it, without a space. */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return `${numberFormat(decimals).format(value)}%`;
}

/** Formats a change in percent with its sign, as growth is written (9.63 → "+9,63%", −2.1 → "-2,10%"; 0 → "0,00%"). */
export function formatChange(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return `${numberFormat(decimals, true).format(value)}%`;
}

const roman = ['I', 'II', 'III', 'IV'];
const monthOnly = /^(\d{4})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

function monthName(month: number, style: 'short' | 'long'): string {
  const key = `m:${style}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** A month of the year on a chart axis: "T10" in vi, "Oct" in en. */
export function formatMonthOfYear(month: number): string {
  return currentLanguage() === 'vi' ? `T${month}` : monthName(month, 'short');
}

/**
 * Formats a statistical period as officials write it (years are never grouped: 2026, not 2.026).
 * vi: "tháng 10/2026", "quý III/2026", "6 tháng đầu năm 2026", "10 tháng năm 2026", "năm 2026";
 * en: "Oct 2026", "Q3 2026", "H1 2026", "Jan–Oct 2026", "2026". `capital` starts the text with a capital letter.
 */
export function formatPeriod(period: string | null | undefined, options: { capital?: boolean } = {}): string {
  if (!period) return empty;
  const vi = currentLanguage() === 'vi';
  let text = period;
  let m: RegExpMatchArray | null;
  if ((m = period.match(monthOnly))) {
    const month = Number(m[2]);
    text = vi ? `tháng ${month}/${m[1]}` : `${monthName(month, 'short')} ${m[1]}`;
  } else if ((m = period.match(/^(\d{4})-Q([1-4])$/))) {
    text = vi ? `quý ${roman[Number(m[2]) - 1]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
  } else if ((m = period.match(/^(\d{4})-H([12])$/))) {
    text = vi ? `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}` : `H${m[2]} ${m[1]}`;
  } else if ((m = period.match(/^(\d{4})$/))) {
    text = vi ? `năm ${m[1]}` : m[1]!;
  } else if ((m = period.match(/^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/))) {
    const [, y1, m1, y2, m2] = m as unknown as [string, string, string, string, string];
    const from = Number(m1);
    const to = Number(m2);
    if (y1 === y2 && from === 1) {
      text = vi
        ? to === 6
          ? `6 tháng đầu năm ${y2}`
          : to === 12
            ? `năm ${y2}`
            : `${to} tháng năm ${y2}`
        : to === 1
          ? `Jan ${y2}`
          : `Jan–${monthName(to, 'short')} ${y2}`;
    } else if (y1 === y2) {
      text = vi ? `tháng ${from}–${to}/${y2}` : `${monthName(from, 'short')}–${monthName(to, 'short')} ${y2}`;
    } else {
      text = vi ? `${pad(from)}/${y1}–${pad(to)}/${y2}` : `${monthName(from, 'short')} ${y1}–${monthName(to, 'short')} ${y2}`;
    }
  }
  return options.capital ? text.charAt(0).toLocaleUpperCase(vi ? 'vi' : 'en') + text.slice(1) : text;
}

/**
 * Formats a calendar date ("01/07/2025" in vi, "Jul 1, 2025" in en).
 * A date-only string (YYYY-MM-DD) is a calendar day and is shown as that day in every time zone.
 */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return empty;
  const date = toDate(value);
  if (!date) return empty;
  return dateFormat('date', typeof value === 'string' && dateOnly.test(value)).format(date);
}

/** Formats an instant in the browser's time zone ("07:05 01/07/2025" in vi, "Jul 1, 2025, 7:05 AM" in en). */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return empty;
  const date = toDate(value);
  return date ? dateFormat('datetime', false).format(date) : empty;
}
