import { describe, expect, it } from 'vitest';
import { warningLevel } from './warning';

describe('warningLevel', () => {
  it.each([
    [5, 'on_track'],
    [0, 'on_track'],
    [-3, 'on_track'],
    [-3.0001, 'watch'],
    [-5.5, 'watch'],
    [-8, 'watch'],
    [-8.0001, 'at_risk'],
    [-12, 'at_risk'],
    [-15, 'at_risk'],
    [-15.0001, 'off_track'],
    [-40, 'off_track'],
  ] as const)('puts a gap of %d points at %s', (gap, level) => {
    expect(warningLevel(gap)).toBe(level);
  });
});
