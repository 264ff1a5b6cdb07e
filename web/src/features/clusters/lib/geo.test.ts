import { describe, expect, it } from 'vitest';
import { aspectOf, boxFor, pointOf } from './geo';

describe('map geometry', () => {
  it('takes a point as it is and a polygon by the average of its corners', () => {
    expect(pointOf({ type: 'Point', coordinates: [105.6, 18.7] })).toEqual([105.6, 18.7]);
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [105, 18],
          [106, 18],
          [106, 19],
          [105, 19],
          [105, 18],
        ] as [number, number][],
      ],
    };
    expect(pointOf(square)).toEqual([105.5, 18.5]);
    expect(pointOf(null)).toBeNull();
  });

  it("uses the province's box, else the points' extent with a margin", () => {
    expect(boxFor('40', [])?.known).toBe(true);
    const box = boxFor('01', [
      [105.8, 21.0],
      [105.9, 21.1],
    ]);
    expect(box?.known).toBe(false);
    expect(box?.box[0]).toBeCloseTo(105.6);
    expect(boxFor('01', [])).toBeNull();
  });

  it('draws a degree of longitude shorter than one of latitude away from the equator', () => {
    expect(aspectOf([0, 0, 1, 1])).toBeCloseTo(1 / Math.cos((0.5 * Math.PI) / 180));
    expect(aspectOf([105, 18, 106, 19])).toBeGreaterThan(1);
  });
});
