import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors';
import { normaliseSearch } from './enterprises.text';

/** One cell read from a file: its text and where it sits (for messages). */
export type SheetCell = { text: string; ref: string; numeric: boolean };
/** The table read from a CSV or XLSX file: header cells and data rows, each with its line number. */
export type SheetTable = { format: 'csv' | 'xlsx'; sheet: string | null; headerLine: number; header: string[]; rows: { line: number; cells: SheetCell[] }[] };

const MAX_HEADER_SEARCH = 10;

/** Finds the header row: the first of the top rows where `isHeader` recognises a cell. */
function headerIndex(rows: string[][], isHeader: (normalised: string) => boolean): number {
  return rows.slice(0, MAX_HEADER_SEARCH).findIndex((r) => r.some((cell) => isHeader(normaliseSearch(cell))));
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Reads CSV text (comma, semicolon or tab separated, BOM tolerated). */
export function readCsv(csv: string, isHeader: (normalised: string) => boolean): SheetTable {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, delimiter: [',', ';', '\t'] }) as string[][];
  } catch (error) {
    throw new AppError('import_refused', 'The CSV text cannot be read', {
      problems: [
        {
          line: 0,
          column: '',
          value: '',
          message: { vi: `Không đọc được tệp CSV: ${(error as Error).message}`, en: `Unreadable CSV: ${(error as Error).message}` },
        },
      ],
    });
  }
  const h = headerIndex(records, isHeader);
  if (h < 0) return { format: 'csv', sheet: null, headerLine: 0, header: [], rows: [] };
  return {
    format: 'csv',
    sheet: null,
    headerLine: h + 1,
    header: records[h]!.map((c) => c.trim()),
    rows: records
      .slice(h + 1)
      .map((r, i) => ({ line: h + i + 2, cells: r.map((text, j) => ({ text: text.trim(), ref: `${columnLetter(j)}${h + i + 2}`, numeric: false })) })),
  };
}

function cellText(value: ExcelJS.CellValue): { text: string; numeric: boolean } {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (typeof value === 'number') return { text: String(value), numeric: true };
  if (typeof value === 'string' || typeof value === 'boolean') return { text: String(value).trim(), numeric: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false };
  if ('richText' in value)
    return {
      text: value.richText
        .map((r) => r.text)
        .join('')
        .trim(),
      numeric: false,
    };
  if ('text' in value && typeof value.text === 'string') return { text: value.text.trim(), numeric: false };
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return { text: '', numeric: false };
  return { text: '', numeric: false };
}

/** Reads the first worksheet of an .xlsx workbook that has a recognised header row. */
export async function readXlsx(buffer: Buffer, isHeader: (normalised: string) => boolean): Promise<SheetTable> {
  if (buffer.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw new AppError('import_refused', 'The file is not an .xlsx workbook', {
      problems: [
        {
          line: 0,
          column: '',
          value: '',
          message: {
            vi: 'Tệp không phải bảng tính .xlsx (tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx)',
            en: 'Not an .xlsx workbook (legacy .xls: open it in Excel and save as .xlsx)',
          },
        },
      ],
    });
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  for (const ws of workbook.worksheets) {
    const grid: { text: string; numeric: boolean }[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: { text: string; numeric: boolean }[] = [];
      for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) cells.push(cellText(row.getCell(c).value));
      grid.push(cells);
    }
    const h = headerIndex(
      grid.map((r) => r.map((c) => c.text)),
      isHeader,
    );
    if (h < 0) continue;
    const rows = grid
      .slice(h + 1)
      .map((r, i) => ({ line: h + i + 2, cells: r.map((c, j) => ({ ...c, ref: `${ws.name}!${columnLetter(j)}${h + i + 2}` })) }))
      .filter((r) => r.cells.some((c) => c.text !== ''));
    return { format: 'xlsx', sheet: ws.name, headerLine: h + 1, header: grid[h]!.map((c) => c.text), rows };
  }
  return { format: 'xlsx', sheet: null, headerLine: 0, header: [], rows: [] };
}
