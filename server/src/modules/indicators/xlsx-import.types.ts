import type { FigureBase, FigureStatus } from './compute';
import type { Layout, Locale, LocaleReason } from './import-xlsx';
import type { ImportCellProblem } from './xlsx-import.problems';

/** What the import does, or would do, with one understood cell. */
export type CellOutcome =
  /** a new vintage (a first figure, or a revision of a stored one) */
  | 'write'
  /** the same value and status are stored already */
  | 'unchanged'
  /** a ratio of a flow (e.g. retail % vs same period): checked against the recomputed one, never stored */
  | 'not_stored'
  /** would change a published month: needs a director and a reason */
  | 'locked'
  /** another cell of the file gives the same figure and is used instead */
  | 'superseded'
  /** the cell cannot be stored (see problems) */
  | 'refused'
  /** the file states no status and none was chosen (dry run only) */
  | 'needs_status';

/** One understood figure cell in the preview. */
export type PreviewFigure = {
  indicator: string;
  orgunit: string;
  period: string;
  category: string | null;
  base: FigureBase;
  value: number;
  /** The status written: the file's, else the chosen one; null when neither. */
  status: FigureStatus | null;
  statusFromFile: boolean;
  /** True for the statistics office's revised previous-month column. */
  revision: boolean;
  sheet: string;
  cell: string;
  header: string;
  rowLabel: string;
  note: string | null;
  outcome: CellOutcome;
  /** The latest stored vintage before this import. */
  current: { value: number; status: FigureStatus; version: number } | null;
  /** The version written (or that a confirm would write); the current one when unchanged. */
  version: number | null;
  /** Flags kept in the vintage's source, e.g. stored_ratio_mismatch from a ratio cell of the file. */
  flags: string[];
  /** For a not-stored ratio: the platform's own index from the stored values (null when it lacks data). */
  recomputed?: number | null;
};

/** One plan (KH row) found in the workbook. */
export type PreviewPlan = {
  indicator: string;
  year: number;
  value: number;
  sheet: string;
  cell: string;
  outcome: 'write' | 'unchanged' | 'refused';
  current: { value: number; version: number } | null;
};

/** The preview of an XLSX import (dry run), or what a confirmed import did. */
export type WorkbookImportReport = {
  importId: string | null;
  dryRun: boolean;
  fileName: string;
  format: 'xlsx' | 'xls';
  sha256: string;
  layout: Layout;
  locale: Locale;
  localeReason: LocaleReason;
  orgunit: string;
  /** The status chosen for the figures whose file states none. */
  status: FigureStatus | null;
  /** True when some figure has no status in the file: the officer must choose one to confirm. */
  statusRequired: boolean;
  /** True when a confirm would succeed: no error problem, and a status where one is required. */
  canConfirm: boolean;
  counts: {
    figures: number;
    write: number;
    unchanged: number;
    notStored: number;
    locked: number;
    superseded: number;
    refused: number;
    needsStatus: number;
    plans: number;
    errors: number;
    warnings: number;
  };
  figures: PreviewFigure[];
  plans: PreviewPlan[];
  problems: ImportCellProblem[];
};
