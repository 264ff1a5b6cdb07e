import { describe, expect, it } from 'vitest';
import { internalChecks, occupancy, sumCheck, sumItems, withOccupancy02 } from './forms.checks';

const commune = (over: Record<string, number> = {}) => ({
  '15': 2,
  '15.1': 2,
  '15.2': 0,
  '16': 95,
  '16.1': 95,
  '16.2': 0,
  '17': 60,
  '18': 45,
  '19': 75,
  '25': 1200,
  ...over,
});

describe('the Biểu 03/04 rules', () => {
  it('passes 15 = 15.1 + 15.2, 16 = 16.1 + 16.2 and 19 = 18 ÷ 17 × 100 on consistent values', () => {
    expect(internalChecks(commune()).map((c) => [c.rule, c.pass])).toEqual([
      ['15 = 15.1 + 15.2', true],
      ['16 = 16.1 + 16.2', true],
      ['19 = 18 ÷ 17 × 100', true],
    ]);
  });
  it('fails with the offending numbers', () => {
    const [c15, c16, c19] = internalChecks(commune({ '15': 3, '16.2': 4.5, '19': 70 }));
    expect(c15).toMatchObject({ pass: false, numbers: { '15': 3, '15.1': 2, '15.2': 0 } });
    expect(c15!.message.en).toBe('Item 15 is 3 but 15.1 + 15.2 = 2');
    expect(c16!.message.en).toBe('Item 16 is 95 but 16.1 + 16.2 = 99.5');
    expect(c19).toMatchObject({ pass: false, numbers: { '17': 60, '18': 45, '19': 70 } });
    expect(c19!.message.en).toBe('Occupancy (19) is 70 but 18 ÷ 17 × 100 = 75');
  });
  it('computes occupancy to two decimals and never from zero land', () => {
    expect(occupancy(12.5, 37.5)).toBe(33.33);
    expect(occupancy(5, 0)).toBeNull();
    expect(withOccupancy02({ '3': 40, '4': 30, '5': 12 })['5']).toBe(75);
  });
});

describe('Biểu 04 = Σ Biểu 03', () => {
  const a = { code: '40001', items: commune() };
  const b = { code: '40002', items: commune({ '15': 1, '15.1': 1, '16': 30, '16.1': 30, '17': 20, '18': 5, '19': 25, '25': 300 }) };
  it('sums additive items and recomputes occupancy from the sums', () => {
    const sum = sumItems([a.items, b.items]);
    expect(sum).toMatchObject({ '15': 3, '17': 80, '18': 50, '25': 1500 });
    expect(sum['19']).toBe(62.5); // 50 ÷ 80, not (75 + 25) ÷ 2
  });
  it('passes when the province form is the sum', () => {
    expect(sumCheck(sumItems([a.items, b.items]), [a, b]).pass).toBe(true);
  });
  it('names each differing item with its value, the sum and each commune', () => {
    const check = sumCheck({ ...sumItems([a.items, b.items]), '25': 1600 }, [a, b]);
    expect(check.pass).toBe(false);
    expect(check.offending).toEqual([{ item: '25', value: 1600, expected: 1500, difference: 100, communes: { '40001': 1200, '40002': 300 } }]);
    expect(check.message.vi).toBe('Biểu 04 khác tổng Biểu 03 ở chỉ tiêu 25 (1600 ≠ 1500)');
  });
});
