import { describe, expect, it } from 'vitest';
import { cellAt, headerText, readWorkbookGrid, sniffFormat } from './grid';
import { ImportError } from './import-error';
import { parseWorkbook } from './parse-workbook';
import { buildWorkbook, sample } from './test-support';

async function refusal(buf: Buffer, name: string): Promise<ImportError> {
  const error = await parseWorkbook(buf, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('readWorkbookGrid', () => {
  it('tells .xlsx from .xls by magic bytes, not by extension', () => {
    expect(sniffFormat(sample('thong-ke-tmdv-thang-06-2026.xlsx'))).toBe('xlsx');
    expect(sniffFormat(sample('thong-ke-tmdv-thang-06-2026.xls'))).toBe('xls');
    expect(sniffFormat(Buffer.from('TT;Chỉ tiêu;Giá trị\n'))).toBe('unknown');
  });

  it('reads the legacy .xls into the same cells as its .xlsx twin', async () => {
    const [xlsx] = await readWorkbookGrid(sample('thong-ke-tmdv-thang-06-2026.xlsx'), 'a.xlsx');
    const [xls] = await readWorkbookGrid(sample('thong-ke-tmdv-thang-06-2026.xls'), 'a.xls');
    expect(xls?.name).toBe('Tổng mức');
    expect(xls && [...xls.cells.entries()].map(([k, v]) => [k, v.kind === 'number' ? v.value : v])).toEqual(
      xlsx && [...xlsx.cells.entries()].map(([k, v]) => [k, v.kind === 'number' ? v.value : v]),
    );
  });

  it('keeps a formula together with its cached result, and Excel errors as errors', async () => {
    const buf = await buildWorkbook([
      {
        name: 'S',
        rows: [[1, 2, { formula: 'A1+B1', result: 3 }, { formula: 'A1/0', result: { error: '#DIV/0!' } }, { error: '#N/A' }]],
      },
    ]);
    const [s] = await readWorkbookGrid(buf, 's.xlsx');
    if (!s) throw new Error('no sheet');
    expect(cellAt(s, 1, 3)).toEqual({ kind: 'formula', formula: 'A1+B1', cached: { kind: 'number', value: 3 } });
    expect(cellAt(s, 1, 4)).toMatchObject({ kind: 'formula', cached: { kind: 'error', error: '#DIV/0!' } });
    expect(cellAt(s, 1, 5)).toEqual({ kind: 'error', error: '#N/A' });
    expect(cellAt(s, 9, 9)).toEqual({ kind: 'empty' });
  });

  it('shows the merge master’s text in every cell of a merged header', async () => {
    const buf = await buildWorkbook([
      {
        name: 'S',
        rows: [
          ['Tháng 8/2025', null, null],
          ['so với', 'so với', 'x'],
        ],
        merges: ['A1:C1'],
      },
    ]);
    const [s] = await readWorkbookGrid(buf, 's.xlsx');
    if (!s) throw new Error('no sheet');
    expect(headerText(s, 1, 3)).toEqual({ text: 'Tháng 8/2025', ref: 'A1' });
    expect(cellAt(s, 1, 3)).toEqual({ kind: 'empty' });
  });
});

describe('unreadable files', () => {
  it.each([0.5, 0.9, 0.99])('refuses an .xlsx truncated to %d of its length with a bilingual ImportError', async (share) => {
    const buf = sample('thong-ke-iip-thang-06-2026.xlsx');
    const e = await refusal(buf.subarray(0, Math.floor(buf.length * share)), 'thong-ke-iip.xlsx');
    expect(e.code).toBe('unreadable_file');
    expect(e.messages.vi).toContain('Không đọc được tệp "thong-ke-iip.xlsx"');
    expect(e.messages.en).toContain('Cannot read the file "thong-ke-iip.xlsx"');
    expect(e.toAppError()).toMatchObject({ code: 'import_refused', details: { reason: 'unreadable_file' } });
  });

  it('refuses a truncated legacy .xls', async () => {
    const buf = sample('thong-ke-tmdv-thang-06-2026.xls');
    const e = await refusal(buf.subarray(0, 1024), 'tmdv.xls');
    expect(e.code).toBe('unreadable_file');
  });

  it('refuses a file that is not a workbook at all, whatever its extension', async () => {
    const e = await refusal(Buffer.from('<html><table><tr><td>1</td></tr></table></html>'), 'bao-cao.xls');
    expect(e.code).toBe('unsupported_format');
    expect(e.messages.vi).toContain('không phải bảng tính Excel');
    expect(e.messages.en).toContain('is not an Excel workbook');
  });
});
