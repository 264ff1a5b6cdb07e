import ExcelJS from 'exceljs';

/** A column of an exported table: its heading in Vietnamese and English, and how its cells are written. */
export type ExportColumn = { vi: string; en: string; kind: 'text' | 'number'; numFmt?: string; width?: number };

/** A row of cells (null = empty, never 0); numFmt overrides the number columns' format for this row. */
export type ExportRow = { values: (string | number | null)[]; numFmt?: string };

/** One table: one sheet in XLSX; in CSV only the first table of an export is written. */
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: ExportRow[] };

/** An export format. */
export type ExportFormat = 'csv' | 'xlsx';

/** The Excel number format for a number of decimals: 0 → #,##0; 1 → #,##0.0 … */
export const numberFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV in UTF-8 with a BOM (Excel opens it as UTF-8): Vietnamese headings, English headings, then the rows; numbers with a '.' decimal point. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => c.vi), table.columns.map((c) => c.en), ...table.rows.map((r) => r.values)];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** XLSX: a sheet per table, row 1 Vietnamese headings (bold), row 2 English (italic), both frozen; numbers are real numeric cells. */
export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'congthuong';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.addRow(t.columns.map((c) => c.vi)).font = { bold: true };
    ws.addRow(t.columns.map((c) => c.en)).font = { italic: true, color: { argb: 'FF555555' } };
    t.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? (c.kind === 'number' ? 14 : 24)));
    for (const r of t.rows) {
      const row = ws.addRow(r.values.map((v) => (v === null ? null : v)));
      t.columns.forEach((c, i) => {
        if (c.kind === 'number' && typeof r.values[i] === 'number') row.getCell(i + 1).numFmt = c.numFmt ?? r.numFmt ?? '#,##0.0';
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An ASCII file name safe in any header and file system: Vietnamese letters folded, anything else a dash. */
export function safeFileName(stem: string, ext: ExportFormat): string {
  const folded = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'));
  const clean =
    folded
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 120) || 'export';
  return `${clean}.${ext}`;
}

/** The HTTP response of an export: an attachment with a safe file name. */
export async function exportResponse(tables: ExportTable[], format: ExportFormat, stem: string): Promise<Response> {
  const name = safeFileName(stem, format);
  const headers = { 'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`, 'cache-control': 'no-store' };
  if (format === 'csv') return new Response(toCsv(tables[0]!), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
  const body = await toXlsx(tables);
  return new Response(new Uint8Array(body), { headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
