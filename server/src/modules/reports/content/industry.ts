import { midSentence } from '../wording/format';
import { indexSentence, missingSentence, moversSentence, partsChangeSentence, type PartChange } from '../wording/phrases';
import { flowBreakdownTable, flowText } from './breakdown';
import { barsChart } from './charts';
import { changeCell, textCell, type ComposeContext } from './context';
import type { Block, Cell } from './types';

/** The IIP in words: the month against the previous month and a year earlier, then the year to date. */
function iipText(ctx: ComposeContext): string | null {
  if (!ctx.indicator('IIP')) return null;
  const m = ctx.month('IIP');
  const y = ctx.data.month > 1 ? ctx.ytd('IIP') : undefined;
  const name = ctx.name('IIP');
  const out: string[] = [];
  const month = m
    ? indexSentence(
        { name, periodText: ctx.monthText, status: m.status, mom: m.momPercent, yoy: m.yoyPercent, yoyYear: ctx.lastYear, subject: 'full' },
        ctx.lang,
      )
    : null;
  if (month) out.push(month);
  const ytd = y
    ? indexSentence(
        {
          name,
          periodText: ctx.ytdText,
          status: y.status,
          yoy: y.yoyPercent,
          yoyYear: ctx.lastYear,
          subject: month ? 'continuation' : 'full',
          wholeYear: ctx.data.month === 12,
        },
        ctx.lang,
      )
    : null;
  if (ytd) out.push(ytd);
  return out.length ? out.join(' ') : missingSentence(name, ctx.monthText, ctx.lang);
}

function iipParts(ctx: ComposeContext, dimension: string): (PartChange & { code: string; mom: number | null; yoyMonth: number | null })[] {
  return ctx
    .categories('IIP', dimension)
    .map((c) => {
      const m = ctx.byCategory('IIP', c.code);
      const y = ctx.byCategoryYtd('IIP', c.code);
      return {
        code: c.code,
        name: ctx.categoryName(c),
        percent: y?.yoyPercent ?? null,
        status: y?.status ?? null,
        mom: m?.momPercent ?? null,
        yoyMonth: m?.yoyPercent ?? null,
      };
    })
    .filter((p) => p.percent !== null || p.mom !== null || p.yoyMonth !== null);
}

const inSentence = <T extends { name: string }>(p: T): T => ({ ...p, name: midSentence(p.name) });

/** By section (B, C, D, E) and the divisions that moved most, over the year to date. */
function iipBreakdownText(ctx: ComposeContext): string[] {
  const out: string[] = [];
  const vi = ctx.lang === 'vi';
  const sections = partsChangeSentence(
    {
      lead: vi
        ? `Chia theo ngành cấp I, chỉ số sản xuất ${ctx.ytdText} so với cùng kỳ năm ${ctx.lastYear}`
        : `By section, the index for ${ctx.ytdText} against a year earlier`,
      parts: iipParts(ctx, 'vsic_section').map(inSentence),
    },
    ctx.lang,
  );
  if (sections) out.push(sections);
  const divisions = iipParts(ctx, 'vsic_division').filter((p) => p.percent !== null);
  const sorted = [...divisions].sort((a, b) => b.percent! - a.percent!);
  const risers = sorted.filter((p) => p.percent! > 0).slice(0, 3);
  const fallers = sorted
    .filter((p) => p.percent! < 0)
    .reverse()
    .slice(0, 3);
  const movers = moversSentence(
    {
      risers: risers.map(inSentence),
      fallers: fallers.map(inSentence),
      riseLead: vi ? `Một số ngành cấp II có chỉ số ${ctx.ytdText} tăng cao so với cùng kỳ` : `Divisions with the largest rises in ${ctx.ytdText}`,
      fallLead: vi ? 'Một số ngành giảm' : 'Divisions with the largest falls',
    },
    ctx.lang,
  );
  if (movers) out.push(movers);
  return out;
}

/** Table of the IIP: the whole industry, each section and its divisions with figures. */
function iipTable(ctx: ComposeContext): Block | null {
  const sections = iipParts(ctx, 'vsic_section');
  const divisions = iipParts(ctx, 'vsic_division');
  const total = ctx.month('IIP');
  const totalYtd = ctx.ytd('IIP');
  if (!sections.length && !divisions.length) return null;
  const parentOf = new Map(ctx.categories('IIP', 'vsic_division').map((c) => [c.code, c.parent]));
  const row = (name: string, mom: number | null, yoy: number | null, ytd: number | null): Cell[] => [
    textCell(name),
    changeCell(mom, ctx.lang),
    changeCell(yoy, ctx.lang),
    changeCell(ytd, ctx.lang),
  ];
  const rows: Cell[][] = [row(ctx.name('IIP'), total?.momPercent ?? null, total?.yoyPercent ?? null, totalYtd?.yoyPercent ?? null)];
  const sectionCodes = ctx.categories('IIP', 'vsic_section').map((c) => c.code);
  for (const code of sectionCodes) {
    const s = sections.find((x) => x.code === code);
    const own = divisions.filter((d) => parentOf.get(d.code) === code);
    if (!s && !own.length) continue;
    rows.push(
      row(
        s?.name ?? ctx.categoryName(ctx.categories('IIP', 'vsic_section').find((c) => c.code === code)!),
        s?.mom ?? null,
        s?.yoyMonth ?? null,
        s?.percent ?? null,
      ),
    );
    for (const d of own) rows.push(row(`   ${d.name}`, d.mom, d.yoyMonth, d.percent));
  }
  const L = ctx.L;
  return {
    type: 'table',
    id: 'iip',
    caption: L.iipTable,
    columns: [
      { label: L.colName, numeric: false },
      { label: `${L.colMom}`, numeric: true, decimals: 2 },
      { label: `${L.colYoy} – ${ctx.monthText}`, numeric: true, decimals: 2 },
      { label: `${L.colYoy} – ${ctx.ytdText}`, numeric: true, decimals: 2 },
    ],
    rows,
  };
}

/** Part 1 of the report: industrial production. */
export function industryBlocks(ctx: ComposeContext): Block[] {
  const blocks: Block[] = [];
  const push = (text: string | null) => text && blocks.push({ type: 'paragraph', text });
  push(iipText(ctx));
  iipBreakdownText(ctx).forEach(push);
  push(flowText(ctx, 'IND_OUTPUT', { required: false }));
  push(flowText(ctx, 'IND_VALUE_ADDED', { required: false }));
  const iip = iipTable(ctx);
  if (iip) blocks.push(iip);
  const ownership = flowBreakdownTable(ctx, 'IND_OUTPUT', 'ownership', 'output-ownership', ctx.L.outputTable);
  if (ownership) blocks.push(ownership);
  const chart = barsChart(ctx, 'IND_OUTPUT');
  if (chart) blocks.push(chart);
  return blocks;
}
