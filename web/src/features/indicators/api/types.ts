/** How an indicator adds up: flows sum over months, indices never do, derived ones come from a formula. */
export type IndicatorKind = 'flow' | 'index' | 'derived';

/** The life of a figure, least final first: ước tính → sơ bộ → chính thức. */
export type FigureStatus = 'estimate' | 'preliminary' | 'official';

/** How far cumulative actual lags the growth scenario (gap ≥ −3 points on track, −3…−8 watch, −8…−15 at risk, below off track). */
export type WarningLevel = 'on_track' | 'watch' | 'at_risk' | 'off_track';

/** A breakdown of an indicator (industry, commodity group, market…). */
export type IndicatorCategory = { code: string; dimension: string; nameVi: string; nameEn: string; parent: string | null };

/** One indicator of the catalogue (`GET /api/indicators`). */
export type Indicator = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: IndicatorKind;
  decimals: number;
  formula: { plus: string[]; minus: string[] } | null;
  builtin: boolean;
  categories: IndicatorCategory[];
};

/**
 * Everything the server says about one figure (server: compute/types.ts FigureResult). Growth values are
 * percent changes (9.63 = +9.63 %); null means there is no figure (shown as "—", never 0). An index is 100 = no change.
 */
export type FigureResult = {
  indicator: string;
  orgunit: string;
  period: string;
  category: string | null;
  value: number | null;
  status: FigureStatus | null;
  reported: boolean;
  reportedValue: number | null;
  derivedValue: number | null;
  mergedFrom: string[] | null;
  previousValue: number | null;
  yoyPercent: number | null;
  momPercent: number | null;
  ytd: { period: string; value: number | null; yoyPercent: number | null } | null;
  plan: number | null;
  planVersion: number | null;
  planPercent: number | null;
  scenario: { value: number | null; cumulative: number | null; gapPoints: number | null; warning: WarningLevel | null } | null;
  requiredGrowthPercent: number | null;
  yearEnd: { base: number | null; seasonal: number | null } | null;
};

/** One month of an overview series: this year, last year, cumulative actual and cumulative scenario. */
export type SeriesPoint = { month: number; value: number | null; lastYear: number | null; cumulative: number | null; scenarioCumulative: number | null };

/** The unit an overview is about, with its validity (a province formed on 1 July 2025 has validFrom 2025-07-01). */
export type OverviewUnit = { code: string; name: string; nameEn: string; validFrom: string; validTo: string | null };

/** `GET /api/overview`: the cards of the key indicators and the monthly series; `period` null when the unit has no figure. */
export type Overview = {
  orgunit: string;
  unit: OverviewUnit;
  period: string | null;
  /** Months published (locked) by a director, when the server reports them. */
  published?: string[];
  cards: FigureResult[];
  series: Partial<Record<string, SeriesPoint[]>>;
};

/** A figure with its place in a ranking (null when the measure is missing). */
export type RankedFigure = FigureResult & { rank: number | null };

/** One vintage of a figure: a value as recorded at one time, never overwritten. */
export type Vintage = {
  version: number;
  value: number;
  status: FigureStatus;
  sourceKind: string;
  source: Record<string, unknown> | null;
  note: string | null;
  reason: string | null;
  recordedAt: string;
  recordedBy: string | null;
};

/** `GET /api/figures/history`. */
export type FigureHistory = { indicator: string; orgunit: string; period: string; category: string | null; base: string; items: Vintage[] };

/** One version of an annual plan (`GET /api/plans`). */
export type PlanVersion = {
  indicator: string;
  category: string | null;
  version: number;
  value: number;
  growthPercent: number | null;
  basis: string | null;
  basisDate: string | null;
  recordedAt: string;
};

/** Which figure: what the history drawer and the figure endpoints take (`base` for an index's prev_month series). */
export type FigureKey = { indicator: string; orgunit: string; period: string; category?: string | null; base?: 'level' | 'same_period' | 'prev_month' };
