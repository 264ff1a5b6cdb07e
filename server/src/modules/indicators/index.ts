/** indicators: the catalogue, figures with status and vintages, plans, scenarios, and the computations. */
import type { IndicatorsTables as FiguresTables } from './indicators.tables';
import type { PublicationTables } from './publication.tables';
/** Tables owned by the indicators module: catalogue, figures, plans, scenarios, month publication. */
export type IndicatorsTables = FiguresTables & PublicationTables;
export type { FigureResult, FigureStatus, Period } from './compute';
export { parsePeriod, monthsOf, samePeriodLastYear, ytdEndingAt } from './compute';
export { computeFigures, saveFigure, rankProvinces } from './figures.service';
export { loadFigureBatch } from './figures.batch';
export type { FigureBatch, FigureBatchQuery, FigureBatchScope } from './figures.batch';
export { figureHistory, figureHistories } from './figures.history-batch';
export { listCatalogue } from './indicators.service';
export { importFiguresCsv } from './figures.import-csv';
export { indicatorsRoutes } from './indicators.routes';
export { figuresIoRoutes } from './figures-io.routes';
export { importBodyLimit, IMPORT_UPLOAD_PATH } from './figures-io.middleware';
export { importWorkbook, MAX_WORKBOOK_BYTES } from './xlsx-import.service';
export type { WorkbookImportReport } from './xlsx-import.types';
export { publishMonth, unpublishMonth, listPublications } from './publication.service';
export { seedDemoFigures } from './indicators.demo';
import m0200 from './migrations/20261122_0200_indicators_catalogue';
import m0201 from './migrations/20261122_0201_indicators_figures';
import m0202 from './migrations/20261122_0202_indicators_builtin';
import m0210 from './migrations/20261122_0210_indicators_publication';
import m0200b from './migrations/20261124_0200_indicators_figure_latest';
/** Migrations of the module, by name. */
export const indicatorsMigrations = {
  '20261122_0200_indicators_catalogue': m0200,
  '20261122_0201_indicators_figures': m0201,
  '20261122_0202_indicators_builtin': m0202,
  '20261122_0210_indicators_publication': m0210,
  '20261124_0200_indicators_figure_latest': m0200b,
};
