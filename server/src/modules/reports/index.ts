/** reports: the monthly sector report written from the figures (HTML, Markdown, text, DOCX, PDF, XLSX), its officer sections and its versions. */
export type { ReportsTables } from './reports.tables';
export type { ReportFormat } from './render';
export { reportsRoutes } from './reports.routes';
export { generateMonthlyReport } from './reports.service';
export { renderReport, REPORT_FORMATS } from './render';
export { registerReportCommand } from './reports.cli';
import m0500 from './migrations/20261123_0500_reports_version';
import m0501 from './migrations/20261123_0501_reports_section';
/** Migrations of the module, by name. */
export const reportsMigrations = { '20261123_0500_reports_version': m0500, '20261123_0501_reports_section': m0501 };
