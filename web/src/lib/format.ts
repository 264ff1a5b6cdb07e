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

function numberFormat(decimals: number | undefined): Intl.NumberFormat {
  const language = currentLanguage();
  const key = `n:${language}:${decimals ?? ''}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(
      locales[language],
      decimals === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
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

/** Options of {@link formatNumber}. */
export type NumberOptions = { decimals?: number };

/** Formats a number in the current language ("36.539,5" in vi, "36,539.5" in en); fixed decimals when given. */
export function formatNumber(value: number | null | undefined, options: NumberOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return numberFormat(options.decimals).format(value);
}

/** Formats a value already in percent (9.63 → "9,63%" in vi, "9.63%" in en), as officials write it, without a space. */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return `${numberFormat(decimals).format(value)}%`;
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
