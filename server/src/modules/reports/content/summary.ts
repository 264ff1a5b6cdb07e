import { changeCell, numberCell, percentCell, textCell, type ComposeContext } from './context';
import { HEADLINE_INDICATORS } from './scope';
import type { Block, Cell } from './types';

const has = (v: number | null | undefined) => v !== null && v !== undefined;

/** Table 1: every headline indicator with figures — month, growth, year to date, percent of plan, status. */
export function mainTable(ctx: ComposeContext): Block {
  const L = ctx.L;
  const lang = ctx.lang;
  const rows: Cell[][] = [];
  for (const code of HEADLINE_INDICATORS) {
    const ind = ctx.indicator(code);
    const m = ctx.month(code);
    const y = ctx.ytd(code);
    if (!ind || (!has(m?.value) && !has(y?.value))) continue;
    const d = ind.decimals;
    const isIndex = ind.kind === 'index';
    rows.push([
      textCell(ctx.name(code)),
      textCell(ctx.unit(code)),
      numberCell(m?.value, d, lang),
      changeCell(m?.momPercent, lang),
      changeCell(m?.yoyPercent, lang),
      numberCell(ctx.data.month > 1 ? y?.value : m?.value, d, lang),
      changeCell(ctx.data.month > 1 ? y?.yoyPercent : m?.ytd?.yoyPercent, lang),
      percentCell(isIndex ? null : m?.planPercent, lang),
      textCell(m?.status ? L.status[m.status] : '—'),
    ]);
  }
  return {
    type: 'table',
    id: 'main',
    caption: L.mainTable,
    columns: [
      { label: L.colIndicator, numeric: false },
      { label: L.colUnit, numeric: false },
      { label: `${L.colMonthValue} (${ctx.monthText})`, numeric: true },
      { label: L.colMom, numeric: true, decimals: 2 },
      { label: L.colYoy, numeric: true, decimals: 2 },
      { label: `${L.colYtdValue} (${ctx.ytdText})`, numeric: true },
      { label: L.colYtdYoy, numeric: true, decimals: 2 },
      { label: L.colPlanPercent, numeric: true, decimals: 2 },
      { label: L.colStatus, numeric: false },
    ],
    rows,
  };
}
