import type { FigureResult } from '../../indicators';
import type { Lang } from '../wording/format';

/** An indicator as the report names it. */
export type ReportIndicator = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: 'flow' | 'index' | 'derived';
  decimals: number;
};

/** A category (disaggregation) of an indicator. */
export type ReportCategory = { indicator: string; code: string; dimension: string; nameVi: string; nameEn: string; parent: string | null };

/** One month of a flow: this year, last year, cumulative actual and cumulative scenario. */
export type SeriesPoint = { month: number; value: number | null; lastYear: number | null; cumulative: number | null; scenarioCumulative: number | null };

/** The stored vintage a headline figure came from (latest recorded by the cut-off). */
export type VintageRef = {
  indicator: string;
  period: string;
  base: 'level' | 'same_period' | 'prev_month';
  version: number;
  status: string;
  recordedAt: string;
};

/** The officer's free-text parts of the report, kept per unit, month and language. */
export type OfficerSections = { difficulties: string; causes: string; tasks: string; recommendations: string };

/** The keys of the officer's sections, in report order. */
export const OFFICER_KEYS = ['difficulties', 'causes', 'tasks', 'recommendations'] as const;

/**
 * Everything the report says, as numbers: the figures of one moment (computeFigures as of the cut-off),
 * language-neutral. A stored version keeps this object, so it shows the same numbers forever.
 */
export type ReportData = {
  schema: 1;
  orgunit: string;
  unit: { id: string; code: string; name: string; nameEn: string; kind: string };
  period: string;
  year: number;
  month: number;
  /** The asOf asked for, if any (ISO). */
  asOf: string | null;
  /** The instant the figures were read at: asOf, or the generation time (ISO). */
  cutoff: string;
  indicators: ReportIndicator[];
  categories: ReportCategory[];
  /** Totals for the month, one per indicator. */
  monthFigures: FigureResult[];
  /** Totals for the year to date (January to the month), one per indicator; empty in January. */
  ytdFigures: FigureResult[];
  /** Month figures by category (each carries its year to date in `ytd`). */
  categoryFigures: FigureResult[];
  /** Year-to-date figures by category (for their status and plan), empty in January. */
  categoryYtdFigures: FigureResult[];
  /** Monthly series of the flows, for the charts. */
  series: Record<string, SeriesPoint[]>;
  vintages: VintageRef[];
  /** Names of predecessor units a merged figure was summed from, by unit id. */
  unitNames: Record<string, string>;
};

/** A table cell: the text shown and, for numbers, the value an annex cell holds. */
export type Cell = { text: string; value?: number | null; format?: 'number' | 'percent' };

/** A table column. */
export type Column = { label: string; numeric: boolean; decimals?: number };

/** A chart: monthly bars this year vs last year, or cumulative actual vs scenario. */
export type ChartSpec = {
  kind: 'bars' | 'cumulative';
  unit: string;
  decimals: number;
  lang: Lang;
  categories: string[];
  series: { label: string; style: 'current' | 'previous' | 'actual' | 'scenario'; values: (number | null)[] }[];
};

/** A piece of a section. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; id: string; caption: string; columns: Column[]; rows: Cell[][] }
  | { type: 'chart'; id: string; caption: string; chart: ChartSpec };

/** A numbered part of the report. */
export type Section = { key: string; number: string; title: string; level: 1 | 2; blocks: Block[] };

/** The report as a document, independent of the output format. */
export type ReportDocument = {
  lang: Lang;
  header: { parentAgency: string; agency: string; number: string; nation: string; motto: string; placeDate: string };
  title: string;
  subtitle: string;
  sections: Section[];
  recipients: { title: string; items: string[] };
  signature: { role: string; name: string };
  fileName: string;
};
