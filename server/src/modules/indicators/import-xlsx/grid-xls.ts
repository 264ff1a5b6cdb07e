import * as XLSX from '@e965/xlsx';
import type { CellValue, PlainValue } from './grid';

/** One legacy sheet before it becomes a grid: its cells by A1 reference and its merged ranges. */
export type RawSheet = { name: string; cells: Map<string, CellValue>; merges: string[] };

const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** Reads a legacy Excel 97–2003 (.xls) workbook through SheetJS into the same cells exceljs gives for .xlsx. */
export function readXlsSheets(buf: Buffer): RawSheet[] {
  const wb = XLSX.read(buf, { type: 'buffer', cellFormula: true, cellNF: true, cellDates: true, WTF: false });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const cells = new Map<string, CellValue>();
    const merges: string[] = [];
    if (!ws) return { name, cells, merges };
    for (const [ref, cell] of Object.entries(ws)) {
      if (ref.startsWith('!')) continue;
      const v = fromSheetJs(cell as XLSX.CellObject);
      if (v.kind !== 'empty') cells.set(ref, v);
    }
    for (const m of ws['!merges'] ?? []) merges.push(`${XLSX.utils.encode_cell(m.s)}:${XLSX.utils.encode_cell(m.e)}`);
    return { name, cells, merges };
  });
}

function fromSheetJs(c: XLSX.CellObject): CellValue {
  const numFmt = typeof c.z === 'string' && c.z !== 'General' ? c.z : undefined;
  const plain = plainOf(c, numFmt);
  if (c.f) return { kind: 'formula', formula: c.f, cached: plain, ...(numFmt ? { numFmt } : {}) };
  return plain;
}

function plainOf(c: XLSX.CellObject, numFmt: string | undefined): PlainValue {
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' && Number.isFinite(c.v) ? { kind: 'number', value: c.v, ...(numFmt ? { numFmt } : {}) } : { kind: 'empty' };
    case 's': {
      const text = typeof c.v === 'string' ? c.v : String(c.v ?? '');
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text };
    }
    case 'b':
      return { kind: 'bool', value: c.v === true };
    case 'd':
      return c.v instanceof Date ? { kind: 'date', value: c.v } : { kind: 'empty' };
    case 'e':
      return { kind: 'error', error: c.w ?? ERROR_TEXT[typeof c.v === 'number' ? c.v : -1] ?? '#ERROR' };
    case 'z':
      return { kind: 'empty' };
  }
}
