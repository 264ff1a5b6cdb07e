import { describe, expect, it } from 'vitest';
import type { Province } from '../api/get-provinces';
import { filterProvinces, successorsByCode } from './crosswalk';

const unit = (code: string, name: string, nameEn: string, predecessors: [string, string][] = []): Province => ({
  code,
  name,
  nameEn,
  kind: 'province',
  validFrom: '2025-07-01',
  validTo: null,
  predecessors: predecessors.map(([c, n]) => ({ code: c, name: n })),
});

const today = [
  unit('19', 'Thái Nguyên', 'Thai Nguyen', [
    ['19', 'Thái Nguyên'],
    ['06', 'Bắc Kạn'],
  ]),
  unit('40', 'Nghệ An', 'Nghe An'),
  unit('66', 'Đắk Lắk', 'Dak Lak'),
];

describe('the 2025 crosswalk read backwards', () => {
  it('maps each old code to the unit that absorbed it', () => {
    const successors = successorsByCode(today);
    expect(successors.get('06')?.name).toBe('Thái Nguyên');
    expect(successors.get('19')?.code).toBe('19');
    expect(successors.has('40')).toBe(false);
  });
});

describe('filterProvinces', () => {
  it('finds names typed without diacritics, and codes', () => {
    expect(filterProvinces(today, 'nghe').map((p) => p.code)).toEqual(['40']);
    expect(filterProvinces(today, 'dak').map((p) => p.code)).toEqual(['66']);
    expect(filterProvinces(today, '19').map((p) => p.code)).toEqual(['19']);
    expect(filterProvinces(today, '  ')).toHaveLength(3);
  });
});
