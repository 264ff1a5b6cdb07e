import { describe, expect, it } from 'vitest';
import { sortRows } from './sort';

describe('sortRows', () => {
  const rows = [
    { name: 'Nghệ An', growth: 7.8 },
    { name: 'Hà Nội', growth: null },
    { name: 'Thái Nguyên', growth: 9.1 },
    { name: 'Đắk Lắk', growth: 7.8 },
  ];

  it('puts missing values last in both directions and keeps ties in order', () => {
    expect(sortRows(rows, (r) => r.growth, 'desc').map((r) => r.name)).toEqual(['Thái Nguyên', 'Nghệ An', 'Đắk Lắk', 'Hà Nội']);
    expect(sortRows(rows, (r) => r.growth, 'asc').map((r) => r.name)).toEqual(['Nghệ An', 'Đắk Lắk', 'Thái Nguyên', 'Hà Nội']);
  });

  it('sorts names the Vietnamese way', () => {
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)).toEqual(['Đắk Lắk', 'Hà Nội', 'Nghệ An', 'Thái Nguyên']);
  });
});
