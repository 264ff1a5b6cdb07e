/** The report languages (the interface's languages). */
export type ReportLang = 'vi' | 'en';

/** The officer's free-text sections, in report order. */
export const officerKeys = ['difficulties', 'causes', 'tasks', 'recommendations'] as const;

/** One of {@link officerKeys}. */
export type OfficerKey = (typeof officerKeys)[number];

/** The officer's texts of a month and language. */
export type OfficerSections = Record<OfficerKey, string>;

/** How final a figure is. */
export type FigureStatus = 'estimate' | 'preliminary' | 'official';

/** A table cell as the report writes it: the text (already in the report's language) and, for numbers, the value. */
export type Cell = { text: string; value?: number | null; format?: 'number' | 'percent' };

/** A table column. */
export type Column = { label: string; numeric: boolean; decimals?: number };

/** A chart of the report: monthly bars this year vs last year, or cumulative actual vs scenario. */
export type ChartSpec = {
  kind: 'bars' | 'cumulative';
  unit: string;
  decimals: number;
  lang: ReportLang;
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

/** A numbered part of the report ("I", "1", …); level 1 is a part, level 2 a sub-part. */
export type Section = { key: string; number: string; title: string; level: 1 | 2; blocks: Block[] };

/** The report as a document, in its own language. */
export type ReportDocument = {
  lang: ReportLang;
  title: string;
  subtitle: string;
  fileName: string;
  header: { parentAgency: string; agency: string; number: string; nation: string; motto: string; placeDate: string };
  sections: Section[];
  recipients: { title: string; items: string[] };
  signature: { role: string; name: string };
};

/** A stored version as listed. */
export type VersionSummary = {
  id: string;
  orgunit: string;
  period: string;
  lang: ReportLang;
  generatedAt: string;
  generatedBy: string | null;
  asOf: string | null;
  cutoff: string;
};

/** A figure a fresh computation states differently from a stored report. */
export type FigureChange = {
  indicator: string;
  period: string;
  category: string | null;
  field: 'value' | 'status' | 'plan' | 'previousValue' | 'presence';
  before: number | string | null;
  after: number | string | null;
};

/** An indicator as the report names it. */
export type ReportIndicator = { code: string; nameVi: string; nameEn: string; unitVi: string; unitEn: string; kind: string; decimals: number };

/** A category (disaggregation) of an indicator. */
export type ReportCategory = { indicator: string; code: string; dimension: string; nameVi: string; nameEn: string; parent: string | null };

/** The part of a figure the screens read. */
export type ReportFigure = { indicator: string; period: string; category: string | null; value: number | null; status: FigureStatus | null };

/** The figures a report was written from (only what the screens read). */
export type ReportData = {
  orgunit: string;
  period: string;
  cutoff: string;
  asOf: string | null;
  indicators: ReportIndicator[];
  categories: ReportCategory[];
  monthFigures: ReportFigure[];
  ytdFigures: ReportFigure[];
  categoryFigures: ReportFigure[];
  categoryYtdFigures: ReportFigure[];
};

/** `GET /api/reports/monthly?format=json`: the preview of the report. */
export type MonthlyReport = {
  meta: {
    orgunit: string;
    unit: { id: string; code: string; name: string; nameEn: string; kind: string };
    period: string;
    lang: ReportLang;
    cutoff: string;
    asOf: string | null;
    generatedAt: string;
    version: VersionSummary | null;
    newerFiguresExist: boolean;
    changes: FigureChange[];
    sectionsVersion: number;
    fileName: string;
  };
  document: ReportDocument;
  data: ReportData;
  officerSections: OfficerSections;
};

/** `GET/PUT /api/reports/monthly/sections`: the officer's texts with their version (0 before the first save). */
export type SectionsResponse = OfficerSections & {
  orgunit: string;
  period: string;
  lang: ReportLang;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

/** The file formats of the report. */
export const reportFormats = ['docx', 'pdf', 'xlsx', 'md', 'txt'] as const;

/** One of {@link reportFormats}. */
export type ReportFormat = (typeof reportFormats)[number];
