/** Pure parsing of the spreadsheets officials receive: figures, plans and cell-by-cell problems, no database. */
export { parseWorkbook, detectLocale } from './parse-workbook';
export { ImportError } from './import-error';
export type { ImportErrorCode } from './import-error';
export { parseLocalizedNumber } from './vn-number';
export { parsePeriodHeader, parsePeriodLabel } from './periods-vi';
export { readWorkbookGrid } from './grid';
export type { CellValue, Sheet } from './grid';
export type {
  Base,
  CellProblem,
  FigureStatus,
  Layout,
  Locale,
  LocaleReason,
  ParsedFigure,
  ParsedPlan,
  ParsedWorkbook,
  ParseOptions,
  ProblemCode,
} from './types';
