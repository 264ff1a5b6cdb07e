import { describe, expect, it } from 'vitest';
import { niceStep, valueScale } from './chart-scale';

describe('the value axis of a report chart', () => {
  it('takes steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(13559, 5)).toBe(5000);
    expect(niceStep(303.4, 5)).toBe(100);
    expect(niceStep(1, 5)).toBe(0.2);
  });

  it('starts at zero for positive values and ends at or above the highest', () => {
    const scale = valueScale([9716, 13559, null, null]);
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(15000);
    expect(scale.ticks).toEqual([0, 5000, 10000, 15000]);
    expect(scale.decimals).toBe(0);
  });

  it('keeps zero inside when values are negative, and gives decimals to small steps', () => {
    const scale = valueScale([-0.64, 0.9]);
    expect(scale.min).toBeLessThanOrEqual(-0.64);
    expect(scale.max).toBeGreaterThanOrEqual(0.9);
    expect(scale.ticks).toContain(0);
    expect(scale.decimals).toBe(1);
  });

  it('draws an axis even without a figure', () => {
    expect(valueScale([null, null]).ticks).toEqual([0, 0.2]);
  });
});
