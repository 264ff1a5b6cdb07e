/** How an indicator adds up: flows sum over months, indices never do, derived ones come from a formula. */
export type IndicatorKind = 'flow' | 'index' | 'derived';

/** The life of a figure, least final first: ước tính → sơ bộ → chính thức. */
export type FigureStatus = 'estimate' | 'preliminary' | 'official';

/** One indicator of the catalogue as the engine needs it; `formula` only for kind 'derived' (TRADE_BALANCE = EXPORT − IMPORT). */
export type IndicatorDef = {
  code: string;
  kind: IndicatorKind;
  decimals: number;
  formula?: { plus: string[]; minus: string[] };
};

/** What a stored figure compares with: 'level' for flows; 'same_period' (headline) or 'prev_month' for indices. */
export type FigureBase = 'level' | 'same_period' | 'prev_month';

/** A stored figure: its value and how final it is. */
export type StoredFigure = { value: number; status: FigureStatus };

/** The question asked of the figure store. */
export type FigureQueryKey = {
  indicator: string;
  unit: string;
  period: string;
  category: string | null;
  base: FigureBase;
};

/** Reads the latest vintage of one stored figure as of the query time (the caller handles asOf). */
export type FigureLookup = (q: FigureQueryKey) => StoredFigure | undefined;

/** An administrative unit: when it began and which units it was formed from on that date. */
export type UnitInfo = {
  code: string;
  /** ISO date, e.g. '2025-07-01'. */
  validFrom: string;
  /** Unit codes this unit was formed from on validFrom; empty if none. */
  predecessors: string[];
};

/** An annual plan already resolved to a value (the version in force). */
export type PlanInfo = { value: number; version: number; basis?: string | null };

/** The question asked of the plan and scenario stores. */
export type YearQueryKey = { indicator: string; unit: string; year: number; category: string | null };

/** Reads the annual plan version in force. */
export type PlanLookup = (q: YearQueryKey) => PlanInfo | undefined;

/** A planned growth path: non-cumulative values per month (keys 1..12) or per quarter (keys 1..4). */
export type ScenarioPath = { granularity: 'month' | 'quarter'; values: Map<number, number> };

/** Reads the entered growth scenario of a year, if any. */
export type ScenarioLookup = (q: YearQueryKey) => ScenarioPath | undefined;

/** Everything the engine reads: the catalogue, the units and the three stores. */
export type ComputeContext = {
  indicators: Map<string, IndicatorDef>;
  units: Map<string, UnitInfo>;
  figures: FigureLookup;
  plans: PlanLookup;
  scenarios: ScenarioLookup;
};

/** One figure asked of the engine. */
export type FigureQuery = { indicator: string; unit: string; period: string; category?: string | null };

/** How far cumulative actual lags the scenario: warning levels used in practice. */
export type WarningLevel = 'on_track' | 'watch' | 'at_risk' | 'off_track';

/** The value of one indicator for one unit and period after the aggregation rules. */
export type ResolvedFigure = {
  value: number | null;
  status: FigureStatus | null;
  /** True when the value is the stored figure for this exact span (for a derived indicator: every part is). */
  reported: boolean;
  reportedValue: number | null;
  /** What the engine computes itself: the sum of the months, or of the predecessors. */
  derivedValue: number | null;
  /** Predecessor units the value was summed from, when the unit had none of its own. */
  mergedFrom: string[] | null;
};

/** Year to date ending at the period's last month. */
export type YtdResult = { period: string; value: number | null; yoyPercent: number | null };

/** Cumulative actual against the growth scenario. */
export type ScenarioResult = {
  /** Scenario for the period's own months (non-cumulative). */
  value: number | null;
  /** Scenario from January to the period's last month. */
  cumulative: number | null;
  /** (cumulative actual − cumulative scenario) ÷ plan × 100. */
  gapPoints: number | null;
  warning: WarningLevel | null;
};

/** The two year-end estimates (dự ước cả năm). */
export type YearEndEstimate = { base: number | null; seasonal: number | null };

/** Everything said about one figure: value, growth, plan, scenario, year-end estimates. */
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
  ytd: YtdResult | null;
  plan: number | null;
  planVersion: number | null;
  planPercent: number | null;
  scenario: ScenarioResult | null;
  requiredGrowthPercent: number | null;
  yearEnd: YearEndEstimate | null;
};
