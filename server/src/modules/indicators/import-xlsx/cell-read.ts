import { cellAt, cellRef, plainText } from './grid';
import type { Sheet } from './grid';
import { makeProblem } from './problems';
import type { CellProblem, Locale, ProblemCode } from './types';
import { isMissingMarker, parseLocalizedNumber } from './vn-number';

/** A value cell read as a number: a number, missing data (blank, `-`, never zero), or a refusal naming the cell. */
export type NumberRead =
  | { kind: 'number'; value: number; fromText?: string; formula?: string; percentFormat: boolean }
  | { kind: 'missing'; marker?: string }
  | { kind: 'refused'; problem: CellProblem };

const REFUSAL: Record<'ambiguous' | 'not_a_number' | 'free_text', ProblemCode> = {
  ambiguous: 'ambiguous_number',
  not_a_number: 'not_a_number',
  free_text: 'free_text',
};

/** Reads a cell as a number in the file's locale: real numbers as they are, text parsed, errors and blanks missing. */
export function readNumberCell(sheet: Sheet, row: number, col: number, locale: Locale): NumberRead {
  const ref = cellRef(row, col);
  const cell = cellAt(sheet, row, col);
  const formula = cell.kind === 'formula' ? cell.formula : undefined;
  const v = cell.kind === 'formula' ? cell.cached : cell;
  const numFmt = cell.kind === 'formula' ? (cell.numFmt ?? (v.kind === 'number' ? v.numFmt : undefined)) : v.kind === 'number' ? v.numFmt : undefined;
  const percentFormat = numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));
  const extra = formula !== undefined ? { formula } : {};
  switch (v.kind) {
    case 'number':
      return { kind: 'number', value: v.value, percentFormat, ...extra };
    case 'empty':
      if (formula !== undefined) return { kind: 'refused', problem: makeProblem('formula_without_result', sheet.name, ref, { formula }) };
      return { kind: 'missing' };
    case 'error':
      return {
        kind: 'refused',
        problem: makeProblem('excel_error', sheet.name, ref, { error: v.error }, { details: { error: v.error, ...extra } }),
      };
    case 'text': {
      const raw = v.text.trim();
      if (isMissingMarker(raw)) return { kind: 'missing', marker: raw };
      const parsed = parseLocalizedNumber(raw, locale);
      if (parsed.ok) return { kind: 'number', value: parsed.value, fromText: raw, percentFormat: false, ...extra };
      const code = REFUSAL[parsed.reason];
      return { kind: 'refused', problem: makeProblem(code, sheet.name, ref, { raw, locale }, { details: { raw, locale } }) };
    }
    case 'bool':
    case 'date': {
      const raw = plainText(v);
      return { kind: 'refused', problem: makeProblem('not_a_number', sheet.name, ref, { raw, locale }, { details: { raw } }) };
    }
  }
}

/** A percent-formatted cell holds a fraction (1,2595 shown as 125,95 %): the index as printed. */
export function asPrinted(read: { value: number; percentFormat: boolean }): number {
  return read.percentFormat ? Number((read.value * 100).toPrecision(12)) : read.value;
}
