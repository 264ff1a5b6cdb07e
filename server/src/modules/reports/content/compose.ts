import { placeDateLine, type Lang } from '../wording/format';
import { composeContext, type ComposeContext } from './context';
import { industryBlocks } from './industry';
import { noteBlocks } from './notes';
import { planBlocks } from './plan';
import { tradeBlocks } from './trade';
import { mainTable } from './summary';
import { OFFICER_KEYS, type Block, type OfficerSections, type ReportData, type ReportDocument, type Section } from './types';

/** The officer's free text as blocks: paragraphs split on blank lines, "- " lines as a list. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => /^[-•+*]\s+/.test(l))) blocks.push({ type: 'list', items: lines.map((l) => l.replace(/^[-•+*]\s+/, '')) });
    else blocks.push({ type: 'paragraph', text: lines.join(' ') });
  }
  return blocks;
}

function header(ctx: ComposeContext): ReportDocument['header'] {
  const { unit } = ctx.data;
  const vi = ctx.lang === 'vi';
  const isCity = unit.kind === 'city';
  const parentAgency = vi
    ? `UBND ${isCity ? (/^thành phố/i.test(unit.name) ? '' : 'THÀNH PHỐ ') : 'TỈNH '}${unit.name.toLocaleUpperCase('vi')}`
    : `PEOPLE'S COMMITTEE OF ${unit.nameEn.toUpperCase()}${isCity ? '' : ' PROVINCE'}`;
  return {
    parentAgency,
    agency: ctx.L.agency,
    number: ctx.L.number,
    nation: ctx.L.nation,
    motto: ctx.L.motto,
    placeDate: placeDateLine(vi ? unit.name : unit.nameEn, new Date(ctx.data.cutoff), ctx.lang),
  };
}

function subtitle(ctx: ComposeContext): string {
  const { month, year } = ctx.data;
  if (ctx.lang === 'vi')
    return month === 1
      ? `Tình hình hoạt động ngành Công Thương tháng 01 năm ${year}`
      : `Tình hình hoạt động ngành Công Thương tháng ${month} và ${ctx.ytdText}`;
  return month === 1
    ? `Performance of the industry and trade sector in ${ctx.monthText}`
    : `Performance of the industry and trade sector in ${ctx.monthText.split(' ')[0]} and ${ctx.ytdText}`;
}

/**
 * Writes the report from its figures: header, the industry, trade and plan parts, the officer's sections
 * and the notes. Pure: the same data, sections and language always give the same document.
 */
export function composeReport(data: ReportData, officer: OfficerSections, lang: Lang): ReportDocument {
  const ctx = composeContext(data, lang);
  const L = ctx.L;
  const sections: Section[] = [
    { key: 'results', number: 'I', title: L.results, level: 1, blocks: [mainTable(ctx)] },
    { key: 'industry', number: '1', title: L.industry, level: 2, blocks: industryBlocks(ctx) },
    { key: 'trade', number: '2', title: L.trade, level: 2, blocks: tradeBlocks(ctx) },
    { key: 'plan', number: '3', title: L.plan, level: 2, blocks: planBlocks(ctx) },
  ];
  const roman = ['II', 'III', 'IV', 'V', 'VI'];
  OFFICER_KEYS.forEach((key, i) => {
    const blocks = textBlocks(officer[key]);
    sections.push({ key, number: roman[i]!, title: L[key], level: 1, blocks: blocks.length ? blocks : [{ type: 'paragraph', text: L.officerEmpty }] });
  });
  sections.push({ key: 'notes', number: roman[OFFICER_KEYS.length]!, title: L.notes, level: 1, blocks: noteBlocks(ctx) });
  return {
    lang,
    header: header(ctx),
    title: L.title,
    subtitle: subtitle(ctx),
    sections,
    recipients: { title: L.recipientsTitle, items: [...L.recipients] },
    signature: { role: L.signature, name: '' },
    fileName: `${lang === 'vi' ? 'bao-cao-thang' : 'monthly-report'}-${data.period}-${data.unit.code}`,
  };
}
