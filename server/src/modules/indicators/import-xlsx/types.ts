/** How a value compares: a level (flows, plans) or an index against the same period last year / the previous month. */
export type Base = 'level' | 'same_period' | 'prev_month';

/** Vintage of a figure as the file states it; null when the file does not say (the officer chooses). */
export type FigureStatus = 'estimate' | 'preliminary' | 'official';

/** Number convention of a file: `1.234,5` (vi) or `1,234.5` (en). */
export type Locale = 'vi' | 'en';

/** Why the parser chose the locale it used (shown to the officer beside the decision). */
export type LocaleReason = 'option' | 'text_numbers' | 'text_numbers_mixed' | 'vietnamese_text' | 'no_vietnamese_text';

/** The workbook layouts the importer recognises (import-layouts.md). */
export type Layout = 'iip' | 'tmdv' | 'dept_indicator' | 'long_format' | 'unknown';

/** One understood figure cell, with the cell it came from. */
export type ParsedFigure = {
  /** Platform indicator code: IIP, RETAIL, RETAIL_GOODS, … */
  indicator: string;
  /** null = the total; otherwise a category code (VSIC 'B'…'E' / '10'…'39', retail component, goods group 'g01'…'g12'). */
  category: string | null;
  /** Platform period key: `2026-06`, `2026-Q1`, `2026-H1`, `2026`, `2026-01/2026-06`. */
  period: string;
  base: Base;
  /** Value in the platform unit (RETAIL in tỷ đồng). */
  value: number;
  status: FigureStatus | null;
  /** True for the statistics office's revised previous-month column. */
  revision: boolean;
  source: { sheet: string; cell: string; header: string; rowLabel: string };
  /** Administrative unit code, only where the file names one (long format). */
  orgunit?: string;
  note?: string;
};

/** Every reason a cell, column or sheet can be refused or flagged. */
export type ProblemCode =
  | 'ambiguous_number'
  | 'not_a_number'
  | 'free_text'
  | 'excel_error'
  | 'formula_without_result'
  | 'missing_value'
  | 'unknown_row_label'
  | 'repeated_row_label'
  | 'unknown_column_header'
  | 'missing_base'
  | 'unit_missing'
  | 'unknown_indicator'
  | 'stored_ratio_mismatch'
  | 'ratio_unverifiable'
  | 'bad_period'
  | 'bad_status'
  | 'bad_base'
  | 'missing_field'
  | 'duplicate_figure'
  | 'sheet_skipped'
  | 'layout_unknown';

/** A refusal (severity error: nothing imported from that cell) or a warning (imported or harmless, but look). */
export type CellProblem = {
  sheet: string;
  cell: string;
  code: ProblemCode;
  message: { vi: string; en: string };
  severity: 'error' | 'warning';
  details?: Record<string, unknown>;
};

/** A plan value (`KH 2026`) read from a workbook. */
export type ParsedPlan = { indicator: string; year: number; value: number; source: { sheet: string; cell: string } };

/** Everything the parser understood from one workbook, for the preview and the writer. */
export type ParsedWorkbook = {
  fileName: string;
  layout: Layout;
  locale: Locale;
  localeReason: LocaleReason;
  figures: ParsedFigure[];
  plans: ParsedPlan[];
  problems: CellProblem[];
};

/** Options of parseWorkbook: a declared locale overrides detection. */
export type ParseOptions = { locale?: Locale };

/** What one layout recogniser returns for one sheet. */
export type SheetResult = {
  layout: Exclude<Layout, 'unknown'>;
  figures: ParsedFigure[];
  plans: ParsedPlan[];
  problems: CellProblem[];
};
