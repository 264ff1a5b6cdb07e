/** The file formats of the exports: a workbook (Vietnamese headings in row 1, English in row 2) or CSV. */
export type ExportFormat = 'xlsx' | 'csv';

function url(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `${path}?${query.toString()}`;
}

/** The address of the province overview as a file (`GET /api/exports/overview`): cards, and in a workbook the series. */
export function overviewExportUrl(params: { orgunit: string; period?: string; asOf?: string; format: ExportFormat }): string {
  return url('/api/exports/overview', params);
}

/** The address of the province comparison as a file (`GET /api/exports/comparison`), in rank order. */
export function comparisonExportUrl(params: { indicator: string; period: string; by?: string; format: ExportFormat }): string {
  return url('/api/exports/comparison', params);
}

/** The address of the entry grid of a province and year as a file (`GET /api/exports/grid`), every category included. */
export function gridExportUrl(params: { orgunit: string; year: number; format: ExportFormat }): string {
  return url('/api/exports/grid', { orgunit: params.orgunit, year: String(params.year), expand: 'all', format: params.format });
}
