import { describe, expect, it } from 'vitest';
import { isMissingMarker, numberConventions, parseLocalizedNumber } from './vn-number';

describe('parseLocalizedNumber', () => {
  it.each([
    ['36.539', 36539],
    ['1.234,5', 1234.5],
    ['125,95', 125.95],
    ['-3,1', -3.1],
    ['−3,1', -3.1],
    ['(3,1)', -3.1],
    ['0,0881', 0.0881],
    ['131,669', 131.669],
    ['1.234.567', 1234567],
    ['1 234,5', 1234.5],
    ['12,5%', 12.5],
    ['+7', 7],
    ['175000', 175000],
  ])('reads %s in a Vietnamese file as %d', (raw, value) => {
    expect(parseLocalizedNumber(raw, 'vi')).toEqual({ ok: true, value });
  });

  it.each([
    ['1,234.5', 1234.5],
    ['36.539', 36.539],
    ['36,539', 36539],
    ['-3.1', -3.1],
    ['(1,200)', -1200],
  ])('reads %s in an English file as %d', (raw, value) => {
    expect(parseLocalizedNumber(raw, 'en')).toEqual({ ok: true, value });
  });

  it.each([
    ['12,3,4', 'vi'],
    ['36.5', 'vi'],
    ['1,234.5', 'vi'],
    ['1234.567', 'vi'],
    ['1.234,5', 'en'],
    ['1,5', 'en'],
    ['1.23.4', 'en'],
  ] as const)('refuses %s in a %s file as ambiguous instead of guessing', (raw, locale) => {
    expect(parseLocalizedNumber(raw, locale)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it('refuses text with words as free text', () => {
    expect(parseLocalizedNumber('8.290 tỷ đồng (↓3,32%)', 'vi')).toEqual({ ok: false, reason: 'free_text' });
    expect(parseLocalizedNumber('khoảng 12', 'vi')).toEqual({ ok: false, reason: 'free_text' });
  });

  it('refuses text without digits as not a number', () => {
    expect(parseLocalizedNumber('chưa có', 'vi')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseLocalizedNumber('', 'vi')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseLocalizedNumber('12/3', 'vi')).toEqual({ ok: false, reason: 'not_a_number' });
  });
});

describe('numberConventions', () => {
  it('says which conventions a number-like text fits', () => {
    expect(numberConventions('36.539')).toEqual({ vi: true, en: true });
    expect(numberConventions('1.234,5')).toEqual({ vi: true, en: false });
    expect(numberConventions('1,234.5')).toEqual({ vi: false, en: true });
    expect(numberConventions('Tổng số')).toBeNull();
  });
});

describe('isMissingMarker', () => {
  it('treats the statistics tables’ no-data marks as missing', () => {
    for (const s of ['-', '–', '...', '…', 'x']) expect(isMissingMarker(s)).toBe(true);
    for (const s of ['0', '-3', 'x1']) expect(isMissingMarker(s)).toBe(false);
  });
});
