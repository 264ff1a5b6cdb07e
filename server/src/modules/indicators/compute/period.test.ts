import { describe, expect, it } from 'vitest';
import { PeriodError } from './errors';
import { endsBefore, isAggregate, monthCount, monthKeysOf, parsePeriod, previousMonth, samePeriodLastYear, spanKeys, ytdEndingAt } from './period';

describe('parsePeriod', () => {
  it('reads a month', () => {
    expect(parsePeriod('2023-05')).toEqual({ kind: 'month', year: 2023, firstMonth: 5, lastMonth: 5, key: '2023-05' });
  });

  it('reads a quarter', () => {
    expect(parsePeriod('2023-Q2')).toEqual({
      kind: 'quarter',
      year: 2023,
      firstMonth: 4,
      lastMonth: 6,
      key: '2023-Q2',
    });
  });

  it('reads a half', () => {
    expect(parsePeriod('2023-H2')).toEqual({ kind: 'half', year: 2023, firstMonth: 7, lastMonth: 12, key: '2023-H2' });
  });

  it('reads a year', () => {
    expect(parsePeriod('2023')).toEqual({ kind: 'year', year: 2023, firstMonth: 1, lastMonth: 12, key: '2023' });
  });

  it('reads a year-to-date interval', () => {
    expect(parsePeriod('2023-01/2023-05')).toEqual({
      kind: 'ytd',
      year: 2023,
      firstMonth: 1,
      lastMonth: 5,
      key: '2023-01/2023-05',
    });
  });

  it('formats every kind back to the string it was read from', () => {
    for (const text of ['2023-01', '2023-12', '2023-Q1', '2023-Q4', '2023-H1', '2025', '2023-01/2023-01', '2023-01/2023-12']) {
      expect(parsePeriod(text).key).toBe(text);
    }
  });

  it.each([
    ['', 'empty'],
    ['2023-13', 'month 13'],
    ['2023-00', 'month 0'],
    ['2023-5', 'a one-digit month'],
    ['2023-Q5', 'quarter 5'],
    ['2023-q2', 'a lower-case quarter'],
    ['2023-H3', 'half 3'],
    ['23', 'a two-digit year'],
    ['0999', 'a year with a leading zero'],
    [' 2023-05', 'surrounding blanks'],
    ['2023/05', 'a slash instead of a dash'],
    ['2023-05-01', 'a date'],
    ['2023-01/2023-13', 'an interval ending in month 13'],
  ])('refuses %j (%s) with a PeriodError', (text) => {
    expect(() => parsePeriod(text)).toThrow(PeriodError);
  });

  it('refuses a year-to-date interval that does not start in January', () => {
    expect(() => parsePeriod('2023-02/2023-05')).toThrow(/starts in January/);
  });

  it('refuses a year-to-date interval across two years', () => {
    expect(() => parsePeriod('2022-01/2023-05')).toThrow(/within one year/);
  });

  it('refuses an interval that ends before it starts', () => {
    expect(() => parsePeriod('2023-01/2022-12')).toThrow(PeriodError);
  });

  it('gives the error the code invalid_period and names the input', () => {
    try {
      parsePeriod('2023-Q5');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PeriodError);
      expect((error as PeriodError).code).toBe('invalid_period');
      expect((error as PeriodError).message).toContain('"2023-Q5"');
    }
  });
});

describe('period helpers', () => {
  it('lists the months of a quarter as keys', () => {
    expect(monthKeysOf(parsePeriod('2023-Q2'))).toEqual(['2023-04', '2023-05', '2023-06']);
  });

  it('lists the months of a year to date', () => {
    expect(monthKeysOf(parsePeriod('2023-01/2023-05'))).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05']);
  });

  it('counts the months of each kind', () => {
    expect(['2023-05', '2023-Q3', '2023-H2', '2023', '2023-01/2023-05'].map((t) => monthCount(parsePeriod(t)))).toEqual([1, 3, 6, 12, 5]);
  });

  it('calls every period but a month an aggregate', () => {
    expect(isAggregate(parsePeriod('2023-05'))).toBe(false);
    expect(['2023-Q3', '2023-H2', '2023', '2023-01/2023-01'].every((t) => isAggregate(parsePeriod(t)))).toBe(true);
  });

  it('gives the same period last year for every kind', () => {
    expect(['2023-05', '2023-Q2', '2023-H1', '2023', '2023-01/2023-05'].map((t) => samePeriodLastYear(parsePeriod(t)).key)).toEqual([
      '2022-05',
      '2022-Q2',
      '2022-H1',
      '2022',
      '2022-01/2022-05',
    ]);
  });

  it('gives the previous month, across the turn of the year', () => {
    expect(previousMonth(parsePeriod('2023-05')).key).toBe('2023-04');
    expect(previousMonth(parsePeriod('2023-01')).key).toBe('2022-12');
  });

  it('gives the year to date ending at the last month of any period', () => {
    expect(ytdEndingAt(parsePeriod('2023-05')).key).toBe('2023-01/2023-05');
    expect(ytdEndingAt(parsePeriod('2023-Q3')).key).toBe('2023-01/2023-09');
    expect(ytdEndingAt(parsePeriod('2023')).key).toBe('2023-01/2023-12');
  });

  it('lists the keys of periods spanning the same months, own key first', () => {
    expect(spanKeys(parsePeriod('2023-01/2023-03'))).toEqual(['2023-01/2023-03', '2023-Q1']);
    expect(spanKeys(parsePeriod('2023-Q1'))).toEqual(['2023-Q1', '2023-01/2023-03']);
    expect(spanKeys(parsePeriod('2023-01/2023-06'))).toEqual(['2023-01/2023-06', '2023-H1']);
    expect(spanKeys(parsePeriod('2023-01/2023-12'))).toEqual(['2023-01/2023-12', '2023']);
    expect(spanKeys(parsePeriod('2023-Q2'))).toEqual(['2023-Q2']);
    expect(spanKeys(parsePeriod('2023-05'))).toEqual(['2023-05']);
  });

  it('tells whether a period ends before a date', () => {
    expect(endsBefore(parsePeriod('2025-06'), '2025-07-01')).toBe(true);
    expect(endsBefore(parsePeriod('2025-07'), '2025-07-01')).toBe(false);
    expect(endsBefore(parsePeriod('2025-H1'), '2025-07-01')).toBe(true);
    expect(endsBefore(parsePeriod('2025-01/2025-09'), '2025-07-01')).toBe(false);
    expect(endsBefore(parsePeriod('2024'), '2025-01-01')).toBe(true);
    expect(endsBefore(parsePeriod('2025-06'), '2025-06-15')).toBe(false);
  });
});
