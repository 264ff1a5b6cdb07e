import ExcelJS from 'exceljs';
import { ImportError } from './import-error';
import { readXlsSheets } from './grid-xls';

/** A cell that is not a formula: what Excel shows, typed. */
export type PlainValue =
  | { kind: 'number'; value: number; numFmt?: string }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; error: string }
  | { kind: 'empty' };

/** A cell as read: a plain value, or a formula together with its cached result (both kept). */
export type CellValue = PlainValue | { kind: 'formula'; formula: string; cached: PlainValue; numFmt?: string };

/** One worksheet as a sparse grid of A1 references; merged slave cells point to their master. */
export type Sheet = {
  name: string;
  cells: Map<string, CellValue>;
  rows: number;
  cols: number;
  /** Slave cell ref → master cell ref, for every cell inside a merged range except its top-left. */
  mergeMaster: Map<string, string>;
};

const EMPTY: PlainValue = { kind: 'empty' };

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 reference of a 1-based row and column. */
export function cellRef(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Row and column (1-based) of an A1 reference. */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) throw new Error(`bad cell reference ${ref}`);
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Builds a sheet from its cells and merged ranges (`A1:C2`). */
export function makeSheet(name: string, cells: Map<string, CellValue>, merges: readonly string[]): Sheet {
  let rows = 0;
  let cols = 0;
  for (const ref of cells.keys()) {
    const { row, col } = parseRef(ref);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  const mergeMaster = new Map<string, string>();
  for (const range of merges) {
    const [a, b] = range.split(':');
    if (!a || !b) continue;
    const tl = parseRef(a);
    const br = parseRef(b);
    const master = cellRef(tl.row, tl.col);
    for (let r = tl.row; r <= br.row; r++) for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) mergeMaster.set(cellRef(r, c), master);
    rows = Math.max(rows, br.row);
    cols = Math.max(cols, br.col);
  }
  return { name, cells, rows, cols, mergeMaster };
}

/** The cell's own value (a merged slave cell is empty here). */
export function cellAt(sheet: Sheet, row: number, col: number): CellValue {
  return sheet.cells.get(cellRef(row, col)) ?? EMPTY;
}

/** The value a formula shows, or the plain value itself. */
export function shownValue(v: CellValue): PlainValue {
  return v.kind === 'formula' ? v.cached : v;
}

/** Text of a cell as a header reader sees it: merged slaves show their master's text. */
export function headerText(sheet: Sheet, row: number, col: number): { text: string; ref: string } {
  const own = cellRef(row, col);
  const ref = sheet.mergeMaster.get(own) ?? own;
  return { text: plainText(shownValue(sheet.cells.get(ref) ?? EMPTY)), ref };
}

/** Display text of a plain value (numbers in plain JS notation), trimmed; '' when empty. */
export function plainText(v: PlainValue): string {
  switch (v.kind) {
    case 'text':
      return v.text.trim();
    case 'number':
      return String(v.value);
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'date':
      return v.value.toISOString().slice(0, 10);
    case 'error':
      return v.error;
    case 'empty':
      return '';
  }
}

/** Reads a workbook (.xlsx or legacy .xls, told apart by magic bytes) into grids; throws ImportError when unreadable. */
export async function readWorkbookGrid(buf: Buffer, fileName: string): Promise<Sheet[]> {
  const kind = sniffFormat(buf);
  if (kind === 'unknown') throw new ImportError('unsupported_format', fileName);
  try {
    const sheets = kind === 'xlsx' ? await readXlsxGrid(buf) : readXlsSheets(buf).map((s) => makeSheet(s.name, s.cells, s.merges));
    if (sheets.length === 0) throw new Error('workbook without worksheets');
    return sheets;
  } catch (cause) {
    throw new ImportError('unreadable_file', fileName, { cause });
  }
}

/** Tells a zip container (.xlsx) from an OLE2 compound file (.xls) by their first bytes. */
export function sniffFormat(buf: Buffer): 'xlsx' | 'xls' | 'unknown' {
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return 'xls';
  return 'unknown';
}

async function readXlsxGrid(buf: Buffer): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets.map((ws) => {
    const cells = new Map<string, CellValue>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = fromExcelJs(cell);
        if (v.kind !== 'empty') cells.set(cell.address, v);
      });
    });
    return makeSheet(ws.name, cells, ws.model.merges ?? []);
  });
}

function fromExcelJs(cell: ExcelJS.Cell): CellValue {
  const numFmt = cell.numFmt || undefined;
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const formula = cell.formula || ('formula' in v ? v.formula : v.sharedFormula) || '';
    return { kind: 'formula', formula, cached: plainFromRaw(v.result, numFmt), ...(numFmt ? { numFmt } : {}) };
  }
  return plainFromRaw(v, numFmt);
}

function plainFromRaw(v: unknown, numFmt: string | undefined): PlainValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, ...(numFmt ? { numFmt } : {}) } : EMPTY;
  if (typeof v === 'string') return v.trim() === '' ? EMPTY : { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) return { kind: 'date', value: v };
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { kind: 'error', error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) {
      const text = v.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join('');
      return text.trim() === '' ? EMPTY : { kind: 'text', text };
    }
    if ('text' in v && typeof v.text === 'string') return { kind: 'text', text: v.text };
  }
  return { kind: 'text', text: String(v) };
}
