import { describe, expect, it } from 'vitest';
import { occupancyBand, occupancyOf } from './occupancy';

describe('occupancy', () => {
  it('bands a percentage like the server filter', () => {
    expect(occupancyBand(null)).toBe('none');
    expect(occupancyBand(0)).toBe('lt_50');
    expect(occupancyBand(49.99)).toBe('lt_50');
    expect(occupancyBand(50)).toBe('50_to_80');
    expect(occupancyBand(79.99)).toBe('50_to_80');
    expect(occupancyBand(80)).toBe('gte_80');
  });

  it('computes leased ÷ industrial × 100 with two decimals, null without industrial land', () => {
    expect(occupancyOf(20, 35.2)).toBe(56.82);
    expect(occupancyOf(1, 0)).toBeNull();
    expect(occupancyOf(1, null)).toBeNull();
  });
});
