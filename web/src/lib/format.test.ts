import { afterAll, describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatDateTime, formatMonthOfYear, formatNumber, formatPercent, formatPeriod, numberSeparators } from './format';
import { setLanguage } from './i18n';

describe('format in Vietnamese (the default)', () => {
  it('writes thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(36539.5)).toBe('36.539,5');
    expect(formatNumber(1234567.891, { decimals: 2 })).toBe('1.234.567,89');
    expect(formatNumber(0.5, { decimals: 0 })).toBe('1');
  });

  it('writes percents as officials do, without a space', () => {
    expect(formatPercent(9.63)).toBe('9,63%');
    expect(formatPercent(1.6, 1)).toBe('1,6%');
  });

  it('writes a calendar day as dd/mm/yyyy, the same day in every time zone', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
  });

  it('writes nothing known as a dash', () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatNumber(value)).toBe('—');
      expect(formatPercent(value)).toBe('—');
    }
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
  });
});

describe('format in English', () => {
  afterAll(() => setLanguage('vi'));

  it('follows the language switch at once', async () => {
    await setLanguage('en');
    expect(formatNumber(36539.5)).toBe('36,539.5');
    expect(formatPercent(9.63)).toBe('9.63%');
    expect(formatDate('2025-07-01')).toBe('Jul 1, 2025');
  });
});

describe('growth and periods', () => {
  afterAll(() => setLanguage('vi'));

  it('writes a change with its sign, and a rounded zero without one', () => {
    expect(formatChange(9.634)).toBe('+9,63%');
    expect(formatChange(-2.1)).toBe('-2,10%');
    expect(formatChange(-0.001)).toBe('0,00%');
    expect(formatChange(null)).toBe('—');
  });

  it('writes periods as the press releases do, years never grouped', () => {
    expect(formatPeriod('2026-10')).toBe('tháng 10/2026');
    expect(formatPeriod('2026-10', { capital: true })).toBe('Tháng 10/2026');
    expect(formatPeriod('2026-Q3')).toBe('quý III/2026');
    expect(formatPeriod('2026-01/2026-06')).toBe('6 tháng đầu năm 2026');
    expect(formatPeriod('2026-01/2026-10')).toBe('10 tháng năm 2026');
    expect(formatPeriod('2026')).toBe('năm 2026');
    expect(formatMonthOfYear(10)).toBe('T10');
    expect(numberSeparators()).toEqual({ thousand: '.', decimal: ',' });
  });

  it('in English', async () => {
    await setLanguage('en');
    expect(formatChange(9.634)).toBe('+9.63%');
    expect(formatPeriod('2026-10')).toBe('Oct 2026');
    expect(formatPeriod('2026-Q3')).toBe('Q3 2026');
    expect(formatPeriod('2026-01/2026-10')).toBe('Jan–Oct 2026');
    expect(formatMonthOfYear(10)).toBe('Oct');
    expect(numberSeparators()).toEqual({ thousand: ',', decimal: '.' });
  });
});
