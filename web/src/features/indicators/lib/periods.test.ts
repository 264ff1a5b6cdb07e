import { describe, expect, it } from 'vitest';
import {
  addMonths,
  completeQuarterAt,
  endOfDayInVietnam,
  isIsoDate,
  isMonth,
  lastMonthOf,
  monthsBack,
  periodChoices,
  periodKind,
  periodOfKind,
  quarterOf,
  versionInForce,
  yearOf,
  ytdOf,
} from './periods';

describe('periods of the screens', () => {
  it('recognises months and days', () => {
    expect(isMonth('2026-10')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isIsoDate('2026-06-06')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
  });

  it('moves across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(monthsBack('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });

  it('builds year to date, quarters and the choices of each kind', () => {
    expect(ytdOf('2026-10')).toBe('2026-01/2026-10');
    expect(quarterOf('2026-10')).toBe('2026-Q4');
    expect(yearOf('2026-01/2026-10')).toBe(2026);
    expect(periodKind('2026-01/2026-10')).toBe('ytd');
    expect(periodKind('2026-03/2026-10')).toBeNull();
    expect(periodKind('2026-Q2')).toBe('quarter');
    expect(periodChoices('2026-10', 'quarter').slice(0, 3)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1']);
    expect(periodChoices('2026-09', 'quarter')[0]).toBe('2026-Q3');
    expect(periodChoices('2026-10', 'ytd')[0]).toBe('2026-01/2026-10');
    expect(periodOfKind('quarter', '2026-05')).toBe('2026-Q1');
    expect(periodOfKind('quarter', '2026-06')).toBe('2026-Q2');
    expect(completeQuarterAt('2026-02')).toBe('2025-Q4');
    expect(lastMonthOf('2026-Q3')).toBe('2026-09');
    expect(lastMonthOf('2026-01/2026-10')).toBe('2026-10');
  });

  it('finds the vintage in force at the end of a day in Vietnam', () => {
    const items = [
      { version: 2, recordedAt: '2026-06-07T01:00:00Z' },
      { version: 1, recordedAt: '2026-06-05T10:00:00Z' },
    ];
    expect(versionInForce(items, endOfDayInVietnam('2026-06-06'))).toBe(1);
    expect(versionInForce(items, endOfDayInVietnam('2026-06-07'))).toBe(2);
    expect(versionInForce(items, endOfDayInVietnam('2026-06-01'))).toBeNull();
  });
});
