import type { Locale } from './types';

/** Why a text could not be read as a number. */
export type NumberRefusal = 'ambiguous' | 'not_a_number' | 'free_text';

/** Result of reading a number written as text. */
export type NumberParse = { ok: true; value: number } | { ok: false; reason: NumberRefusal };

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Texts statistics tables use for "no data" (`-`, `...`, `x`): missing, never zero. */
export function isMissingMarker(raw: string): boolean {
  return /^(?:[-–—]+|\.{2,}|…|x|n\/a|k\/c|kxd|ko)$/i.test(raw.trim());
}

/** Reads a number written as text in the declared locale (`1.234,5` vi, `1,234.5` en; `-3,1` or `(3,1)` negative; trailing `%` dropped); refuses the rest. */
export function parseLocalizedNumber(raw: string, locale: Locale): NumberParse {
  const split = splitSign(raw);
  if (!split) return refuse(raw);
  const body = readBody(split.body, locale);
  if (body === null) return refuse(raw);
  return { ok: true, value: split.negative ? -body : body };
}

/** Which conventions a number-like text fits (`36.539` fits both); null when it is not number-like. */
export function numberConventions(raw: string): { vi: boolean; en: boolean } | null {
  const split = splitSign(raw);
  if (!split) return null;
  const vi = readBody(split.body, 'vi') !== null;
  const en = readBody(split.body, 'en') !== null;
  return /^[\d.,\s]+$/.test(split.body) ? { vi, en } : null;
}

function splitSign(raw: string): { negative: boolean; body: string } | null {
  let s = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = (paren[1] ?? '').trim();
  }
  const sign = /^([-−–+])\s*(.*)$/.exec(s);
  if (sign) {
    if (negative && sign[1] !== '+') return null;
    negative = negative || sign[1] !== '+';
    s = sign[2] ?? '';
  }
  s = s.replace(/\s*%$/, '');
  return s === '' ? null : { negative, body: s };
}

function readBody(body: string, locale: Locale): number | null {
  const { group, decimal } = SEPARATORS[locale];
  const g = escape(group);
  const d = escape(decimal);
  const plain = new RegExp(`^\\d+(?:${d}\\d+)?$`);
  const grouped = new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const spaced = new RegExp(`^\\d{1,3}(?: \\d{3})+(?:${d}\\d+)?$`);
  if (!plain.test(body) && !grouped.test(body) && !spaced.test(body)) return null;
  const canonical = body.split(group).join('').replace(/ /g, '').replace(decimal, '.');
  const value = Number(canonical);
  return Number.isFinite(value) ? value : null;
}

function refuse(raw: string): { ok: false; reason: NumberRefusal } {
  const s = raw.trim();
  if (!/\d/.test(s)) return { ok: false, reason: 'not_a_number' };
  if (/\p{L}/u.test(s.replace(/%$/, ''))) return { ok: false, reason: 'free_text' };
  // Digits and separators only, yet outside the declared grammar (`36.5` in vi, `12,3,4`): a guess would be needed.
  if (/^[-−–+(]?\s*[\d.,\s]+\s*%?\)?$/.test(s)) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: 'not_a_number' };
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
