import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ParsedFigure } from './types';

/** Copies of the shared sample workbooks (/work/shared/data/samples: synthetic numbers, real layouts). */
export const SAMPLES = new URL('./fixtures/', import.meta.url);

/** Bytes of a sample workbook by file name. */
export function sample(name: string): Buffer {
  return readFileSync(new URL(name, SAMPLES));
}

/** The one figure with these coordinates; throws when there is none or several. */
export function figureAt(
  figures: readonly ParsedFigure[],
  key: { indicator?: string; category: string | null; period: string; base: ParsedFigure['base']; status?: ParsedFigure['status'] },
): ParsedFigure {
  const found = figures.filter(
    (f) =>
      (key.indicator === undefined || f.indicator === key.indicator) &&
      f.category === key.category &&
      f.period === key.period &&
      f.base === key.base &&
      (key.status === undefined || f.status === key.status),
  );
  if (found.length !== 1) throw new Error(`expected one figure for ${JSON.stringify(key)}, found ${found.length}`);
  return found[0] as ParsedFigure;
}

/** Builds an .xlsx in memory from rows of cell values (`null` = blank); merges as `A1:B2` ranges. */
export async function buildWorkbook(
  sheets: readonly { name: string; rows: readonly (readonly ExcelJS.CellValue[])[]; merges?: readonly string[] }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value !== null) ws.getCell(i + 1, j + 1).value = value;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Counts figures per `indicator period base` key, for compact assertions. */
export function countBy(figures: readonly ParsedFigure[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of figures) {
    const k = `${f.indicator} ${f.period} ${f.base}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
