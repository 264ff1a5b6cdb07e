import type { WarningLevel } from './types';

/** Warning level of a scenario gap in points of plan: ≥ −3 on track, ≥ −8 watch, ≥ −15 at risk, below off track. */
export function warningLevel(gapPoints: number): WarningLevel {
  if (gapPoints >= -3) return 'on_track';
  if (gapPoints >= -8) return 'watch';
  if (gapPoints >= -15) return 'at_risk';
  return 'off_track';
}
