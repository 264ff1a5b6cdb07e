import { readWorkbookGrid, shownValue } from './grid';
import type { Sheet } from './grid';
import { parseDeptSheet } from './layout-dept';
import { parseIipSheet } from './layout-iip';
import { parseLongSheet } from './layout-long';
import { parseTmdvSheet } from './layout-tmdv';
import { makeProblem } from './problems';
import { hasVietnameseLetters } from './text-vi';
import type { CellProblem, Layout, Locale, LocaleReason, ParseOptions, ParsedFigure, ParsedWorkbook, SheetResult } from './types';
import { isMissingMarker, numberConventions } from './vn-number';

type Recogniser = (sheet: Sheet, locale: Locale) => SheetResult | null;

// Most specific first: the long format's header row is unmistakable; the department workbook needs its period labels.
const RECOGNISERS: readonly Recogniser[] = [parseLongSheet, parseDeptSheet, parseIipSheet, parseTmdvSheet];

/** Parses a workbook into figures, plans and cell-by-cell problems without a database; throws ImportError only for an unopenable file. */
export async function parseWorkbook(buf: Buffer, fileName: string, opts: ParseOptions = {}): Promise<ParsedWorkbook> {
  const sheets = await readWorkbookGrid(buf, fileName);
  const { locale, localeReason } = opts.locale ? { locale: opts.locale, localeReason: 'option' as const } : detectLocale(sheets);
  const figures: ParsedFigure[] = [];
  const plans: ParsedWorkbook['plans'] = [];
  const problems: CellProblem[] = [];
  const layouts = new Map<Layout, number>();
  const skipped: Sheet[] = [];
  for (const sheet of sheets) {
    if (sheet.cells.size === 0) continue;
    const result = recognise(sheet, locale);
    if (!result) {
      skipped.push(sheet);
      continue;
    }
    layouts.set(result.layout, (layouts.get(result.layout) ?? 0) + result.figures.length + 1);
    figures.push(...result.figures);
    plans.push(...result.plans);
    problems.push(...result.problems);
  }
  const layout = [...layouts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unknown';
  if (layout === 'unknown') problems.push(makeProblem('layout_unknown', sheets[0]?.name ?? '', 'A1'));
  else for (const s of skipped) problems.push(makeProblem('sheet_skipped', s.name, 'A1'));
  const unique = dropDuplicates(figures, problems);
  return { fileName, layout, locale, localeReason, figures: unique, plans, problems };
}

function recognise(sheet: Sheet, locale: Locale): SheetResult | null {
  for (const r of RECOGNISERS) {
    const result = r(sheet, locale);
    if (result) return result;
  }
  return null;
}

/** Picks the number convention: text numbers fitting only one convention decide, else Vietnamese text means vi (numeric cells do not vote). */
export function detectLocale(sheets: readonly Sheet[]): { locale: Locale; localeReason: LocaleReason } {
  let vi = 0;
  let en = 0;
  let vietnamese = false;
  for (const sheet of sheets)
    for (const cell of sheet.cells.values()) {
      const v = shownValue(cell);
      if (v.kind !== 'text') continue;
      vietnamese ||= hasVietnameseLetters(v.text);
      if (isMissingMarker(v.text)) continue;
      const fits = numberConventions(v.text);
      if (fits?.vi && !fits.en) vi++;
      if (fits?.en && !fits.vi) en++;
    }
  if (vi > 0 && en === 0) return { locale: 'vi', localeReason: 'text_numbers' };
  if (en > 0 && vi === 0) return { locale: 'en', localeReason: 'text_numbers' };
  if (vi > 0 && en > 0) return { locale: vi >= en ? 'vi' : 'en', localeReason: 'text_numbers_mixed' };
  return vietnamese ? { locale: 'vi', localeReason: 'vietnamese_text' } : { locale: 'en', localeReason: 'no_vietnamese_text' };
}

/** The same figure twice in one file (same indicator, category, period, base, status, revision, unit) is refused the second time. */
function dropDuplicates(figures: readonly ParsedFigure[], problems: CellProblem[]): ParsedFigure[] {
  const seen = new Map<string, ParsedFigure>();
  const out: ParsedFigure[] = [];
  for (const f of figures) {
    const key = JSON.stringify([f.indicator, f.category, f.period, f.base, f.status, f.revision, f.orgunit ?? null]);
    const first = seen.get(key);
    if (first) {
      problems.push(makeProblem('duplicate_figure', f.source.sheet, f.source.cell, { other: `${first.source.sheet}!${first.source.cell}` }));
      continue;
    }
    seen.set(key, f);
    out.push(f);
  }
  return out;
}
