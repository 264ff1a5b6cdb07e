import { describe, expect, it } from 'vitest';
import {
  cutoffLabel,
  direction,
  formatNumber,
  formatPercent,
  midSentence,
  monthLabel,
  periodLabel,
  placeDateLine,
  quarterLabel,
  roundHalfAway,
  ytdLabel,
} from './format';

describe('roundHalfAway', () => {
  it('rounds half away from zero on the decimal form, not the binary one', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-2.675, 2)).toBe(-2.68);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(9.625000000000002, 2)).toBe(9.63);
    expect(roundHalfAway(-0.004, 2)).toBe(0);
    expect(roundHalfAway(36538.5, 0)).toBe(36539);
    expect(roundHalfAway(1e-9, 2)).toBe(0);
  });
});

describe('numbers as officials write them', () => {
  it('writes Vietnamese thousands with dots and decimals with a comma', () => {
    expect(formatNumber(36539, 0, 'vi')).toBe('36.539');
    expect(formatNumber(892.3, 1, 'vi')).toBe('892,3');
    expect(formatNumber(589, 1, 'vi')).toBe('589,0');
    expect(formatNumber(589, 1, 'vi', { trim: true })).toBe('589');
    expect(formatNumber(2141.52, 1, 'vi')).toBe('2.141,5');
  });
  it('writes English with commas and a decimal point', () => {
    expect(formatNumber(36539, 0, 'en')).toBe('36,539');
    expect(formatNumber(892.3, 1, 'en')).toBe('892.3');
  });
  it('writes percentages with two decimals, trimmed in running text', () => {
    expect(formatPercent(1.62, 'vi')).toBe('1,62%');
    expect(formatPercent(9.6313, 'vi')).toBe('9,63%');
    expect(formatPercent(3.0952, 'vi', { trim: true })).toBe('3,1%');
    expect(formatPercent(42.98, 'en')).toBe('42.98%');
    expect(formatPercent(-0.004, 'vi')).toBe('0,00%');
  });
  it('takes the direction of a change from its rounded value', () => {
    expect(direction(9.63)).toBe('up');
    expect(direction(-3.1)).toBe('down');
    expect(direction(-0.004)).toBe('flat');
    expect(direction(0.005)).toBe('up');
  });
});

describe('periods and dates in words', () => {
  it('names months, years to date and quarters', () => {
    expect(monthLabel(2023, 5, 'vi')).toBe('tháng 5/2023');
    expect(monthLabel(2023, 5, 'en')).toBe('May 2023');
    expect(ytdLabel(2023, 5, 'vi')).toBe('5 tháng đầu năm 2023');
    expect(ytdLabel(2023, 5, 'en')).toBe('the first five months of 2023');
    expect(ytdLabel(2023, 1, 'vi')).toBe('tháng 1/2023');
    expect(ytdLabel(2023, 12, 'vi')).toBe('cả năm 2023');
    expect(quarterLabel(2023, 2, 'vi')).toBe('quý II/2023');
    expect(periodLabel('2023-Q2', 'en')).toBe('Q2 2023');
    expect(periodLabel('2023-H1', 'vi')).toBe('6 tháng đầu năm 2023');
    expect(periodLabel('2023-01/2023-05', 'vi')).toBe('5 tháng đầu năm 2023');
    expect(periodLabel('2023', 'vi')).toBe('năm 2023');
  });
  it('writes the place and date line of Decree 30/2020 in Viet Nam time', () => {
    expect(placeDateLine('Nghệ An', new Date('2023-06-07T05:00:00Z'), 'vi')).toBe('Nghệ An, ngày 07 tháng 6 năm 2023');
    expect(placeDateLine('Nghệ An', new Date('2024-02-03T20:00:00Z'), 'vi')).toBe('Nghệ An, ngày 04 tháng 02 năm 2024');
    expect(placeDateLine('Nghe An', new Date('2023-06-07T05:00:00Z'), 'en')).toBe('Nghe An, 7 June 2023');
    expect(cutoffLabel(new Date('2023-06-07T05:00:00Z'), 'vi')).toBe('12:00 ngày 07/6/2023');
    expect(cutoffLabel(new Date('2024-01-03T02:30:00Z'), 'vi')).toBe('09:30 ngày 03/01/2024');
  });
  it('lower-cases a name mid-sentence but keeps acronyms', () => {
    expect(midSentence('Kim ngạch xuất khẩu hàng hóa')).toBe('kim ngạch xuất khẩu hàng hóa');
    expect(midSentence('ASEAN')).toBe('ASEAN');
    expect(midSentence('VSIC division 11')).toBe('VSIC division 11');
  });
});
