import type { FigureResult } from '../../indicators';
import { cutoffLabel, midSentence, roundHalfAway, sentenceCase } from '../wording/format';
import { joinList, valueText } from '../wording/phrases';
import type { ComposeContext } from './context';
import type { Block } from './types';

const STATUS_LEAD = {
  vi: { estimate: 'Số liệu ước tính (ước)', preliminary: 'Số liệu sơ bộ', official: 'Số liệu chính thức' },
  en: { estimate: 'Estimates', preliminary: 'Preliminary figures', official: 'Official figures' },
} as const;

/** Between a name and its period: "xuất khẩu 5 tháng đầu năm 2023" / "exports, the first five months of 2023". */
const sep = (ctx: ComposeContext) => (ctx.lang === 'vi' ? ' ' : ', ');

function totals(ctx: ComposeContext): FigureResult[] {
  return [...ctx.data.monthFigures, ...(ctx.data.month > 1 ? ctx.data.ytdFigures : [])].filter((f) => f.value !== null && ctx.indicator(f.indicator));
}

function statusLines(ctx: ComposeContext): string[] {
  const out: string[] = [];
  const figures = totals(ctx);
  const details = [...ctx.data.categoryFigures, ...ctx.data.categoryYtdFigures].filter((f) => f.value !== null);
  for (const status of ['estimate', 'preliminary', 'official'] as const) {
    const items = figures.filter((f) => f.status === status).map((f) => `${midSentence(ctx.name(f.indicator))}${sep(ctx)}${ctx.periodText(f.period)}`);
    const n = details.filter((f) => f.status === status).length;
    if (n)
      items.push(
        ctx.lang === 'vi'
          ? `${n} số liệu chi tiết theo ngành, thành phần, nhóm hàng, thị trường`
          : `${n} detailed figures by industry, component, commodity or market`,
      );
    if (items.length) out.push(`${STATUS_LEAD[ctx.lang][status]}: ${items.join('; ')}.`);
  }
  return out;
}

/** Where a reported aggregate and the sum of its months differ: both numbers, the reported one used. */
function differenceLines(ctx: ComposeContext): string[] {
  const out: string[] = [];
  for (const f of [...totals(ctx), ...ctx.data.categoryFigures, ...ctx.data.categoryYtdFigures]) {
    if (!f.reported || f.reportedValue === null || f.derivedValue === null) continue;
    const d = ctx.decimals(f.indicator);
    if (roundHalfAway(f.reportedValue, d) === roundHalfAway(f.derivedValue, d)) continue;
    const unit = ctx.unit(f.indicator);
    const cat = f.category ? ctx.data.categories.find((c) => c.indicator === f.indicator && c.code === f.category) : undefined;
    const what = `${ctx.name(f.indicator)}${cat ? ` (${midSentence(ctx.categoryName(cat))})` : ''}${sep(ctx)}${ctx.periodText(f.period)}`;
    const r = valueText(f.reportedValue, d, unit, ctx.lang);
    const s = valueText(f.derivedValue, d, unit, ctx.lang);
    out.push(
      ctx.lang === 'vi'
        ? `${what}: số liệu công bố ${r}, tổng các tháng ${s}; báo cáo sử dụng số liệu công bố.`
        : `${what}: reported ${r}, sum of the months ${s}; the report uses the reported figure.`,
    );
  }
  return out;
}

function mergedLines(ctx: ComposeContext): string[] {
  const out: string[] = [];
  for (const f of totals(ctx)) {
    if (!f.mergedFrom?.length) continue;
    const names = joinList(
      f.mergedFrom.map((id) => ctx.data.unitNames[id] ?? id),
      ctx.lang,
    );
    const what = `${ctx.name(f.indicator)}${sep(ctx)}${ctx.periodText(f.period)}`;
    out.push(
      ctx.lang === 'vi' ? `${what} là tổng số liệu của các đơn vị trước sắp xếp: ${names}.` : `${what} is the sum of the units before the merger: ${names}.`,
    );
  }
  return out;
}

/** The notes: cut-off, how final each figure is, reported vs derived, merged units, rounding and methods. */
export function noteBlocks(ctx: ComposeContext): Block[] {
  const vi = ctx.lang === 'vi';
  const cutoff = cutoffLabel(new Date(ctx.data.cutoff), ctx.lang);
  const items = [
    vi ? `Số liệu tổng hợp đến ${cutoff} (giờ Việt Nam).` : `Figures as recorded up to ${cutoff} (Viet Nam time).`,
    ...statusLines(ctx),
    ...differenceLines(ctx),
    ...mergedLines(ctx),
    vi
      ? 'Số liệu được làm tròn một lần khi trình bày (làm tròn nửa đơn vị ra xa số 0); tốc độ tăng, tỷ lệ phần trăm và chênh lệch được tính từ số liệu chưa làm tròn. Tốc độ tăng lũy kế là tỷ số giữa tổng lũy kế năm nay và cùng kỳ năm trước.'
      : 'Figures are rounded once, for presentation (half away from zero); growth rates, percentages and gaps are computed from unrounded figures. Year-to-date growth is the ratio of this year’s total to the same months of last year.',
    vi
      ? 'Dự ước cả năm: phương án cơ sở = lũy kế + bình quân tháng đã qua × số tháng còn lại; phương án mùa vụ = lũy kế × (tổng năm trước ÷ lũy kế cùng kỳ năm trước). Mức cảnh báo theo chênh lệch với kịch bản (điểm % kế hoạch): từ −3 trở lên đúng tiến độ; −3 đến −8 cần theo dõi; −8 đến −15 có nguy cơ chậm tiến độ; dưới −15 chậm tiến độ.'
      : 'Year-end estimates: base case = year to date + the average month so far × the remaining months; seasonal case = year to date × (last year’s total ÷ last year’s same months). Warning levels by the gap to the scenario (points of plan): −3 or more on track; −3 to −8 watch; −8 to −15 at risk; below −15 off track.',
  ];
  return [{ type: 'list', items: items.map(sentenceCase) }];
}
