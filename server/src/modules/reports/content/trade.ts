import { formatPercent } from '../wording/format';
import { balanceSentence } from '../wording/phrases';
import { flowBreakdownTable, flowPartsSentence, flowText, partsWithFigures } from './breakdown';
import { barsChart } from './charts';
import { share, type ComposeContext } from './context';
import type { Block } from './types';

/** "Thị trường Trung Quốc chiếm 44,8% kim ngạch xuất khẩu …" — the dependence officials watch. */
function chinaShare(ctx: ComposeContext, code: 'EXPORT' | 'IMPORT'): string | null {
  const cn = partsWithFigures(ctx, code, 'market').find((p) => p.c.code === 'm_cn');
  const s = share(cn?.ytd?.value ?? cn?.month?.ytd?.value, ctx.ytd(code)?.value);
  if (s === null) return null;
  const p = formatPercent(s, ctx.lang, { trim: true });
  const flow = ctx.lang === 'vi' ? (code === 'EXPORT' ? 'xuất khẩu' : 'nhập khẩu') : code === 'EXPORT' ? 'exports' : 'imports';
  return ctx.lang === 'vi' ? `Thị trường Trung Quốc chiếm ${p} kim ngạch ${flow} ${ctx.ytdText}.` : `China accounted for ${p} of ${flow} in ${ctx.ytdText}.`;
}

function balanceText(ctx: ComposeContext): string | null {
  if (!ctx.indicator('TRADE_BALANCE')) return null;
  const d = ctx.decimals('TRADE_BALANCE');
  const unit = ctx.unit('TRADE_BALANCE');
  const out: string[] = [];
  const m = ctx.month('TRADE_BALANCE');
  if (m && m.value !== null) out.push(balanceSentence({ periodText: ctx.monthText, value: m.value, decimals: d, unit, status: m.status }, ctx.lang));
  const y = ctx.data.month > 1 ? ctx.ytd('TRADE_BALANCE') : undefined;
  if (y && y.value !== null) out.push(balanceSentence({ periodText: ctx.ytdText, value: y.value, decimals: d, unit, status: y.status }, ctx.lang));
  return out.length ? out.join(' ') : null;
}

/** Part 2 of the report: retail, exports, imports and the trade balance. */
export function tradeBlocks(ctx: ComposeContext): Block[] {
  const blocks: Block[] = [];
  const vi = ctx.lang === 'vi';
  const L = ctx.L;
  const push = (b: Block | string | null) => b && blocks.push(typeof b === 'string' ? { type: 'paragraph', text: b } : b);
  const lead = (what: string) => (vi ? `Chia theo ${what}, ${ctx.ytdText}` : `By ${what}, ${ctx.ytdText}`);

  push({ type: 'heading', text: `a) ${L.retail}` });
  push(flowText(ctx, 'RETAIL', { required: true }));
  push(flowPartsSentence(ctx, 'RETAIL', 'component', vi ? `Trong đó, ${ctx.ytdText}` : `Of which, in ${ctx.ytdText}`));
  push(flowText(ctx, 'RETAIL_GOODS', { required: false }));
  push(flowBreakdownTable(ctx, 'RETAIL', 'component', 'retail-components', L.retailTable));
  push(barsChart(ctx, 'RETAIL'));

  push({ type: 'heading', text: `b) ${L.exports}` });
  push(flowText(ctx, 'EXPORT', { required: true }));
  push(flowPartsSentence(ctx, 'EXPORT', 'commodity', lead(vi ? 'nhóm hàng' : 'commodity group'), 5));
  push(flowPartsSentence(ctx, 'EXPORT', 'market', lead(vi ? 'thị trường' : 'market'), 5));
  push(chinaShare(ctx, 'EXPORT'));
  push(flowBreakdownTable(ctx, 'EXPORT', 'commodity', 'export-commodities', L.exportCommodityTable));
  push(flowBreakdownTable(ctx, 'EXPORT', 'market', 'export-markets', L.exportMarketTable));
  push(barsChart(ctx, 'EXPORT'));

  push({ type: 'heading', text: `c) ${L.imports}` });
  push(flowText(ctx, 'IMPORT', { required: true }));
  push(flowPartsSentence(ctx, 'IMPORT', 'market', lead(vi ? 'thị trường' : 'market'), 5));
  push(chinaShare(ctx, 'IMPORT'));
  push(flowBreakdownTable(ctx, 'IMPORT', 'market', 'import-markets', L.importMarketTable));
  push(barsChart(ctx, 'IMPORT'));

  const balance = balanceText(ctx);
  if (balance) {
    push({ type: 'heading', text: `d) ${L.balance}` });
    push(balance);
  }
  return blocks;
}
