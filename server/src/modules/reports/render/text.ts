import type { Block, Cell, Column, ReportDocument } from '../content/types';
import { chartAsTable } from './chart-data';

const width = (s: string) => [...s.normalize('NFC')].length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const center = (s: string, n: number) => padEnd(' '.repeat(Math.max(0, Math.floor((n - width(s)) / 2))) + s, n);

function textTable(columns: Column[], rows: Cell[][]): string[] {
  const widths = columns.map((c, i) => Math.max(width(c.label), ...rows.map((r) => width(r[i]?.text ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((t, i) => (columns[i]!.numeric ? padStart(t, widths[i]!) : padEnd(t, widths[i]!)))
      .join(' | ')
      .trimEnd();
  return [line(columns.map((c) => c.label)), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map((r) => line(r.map((c) => c.text)))];
}

function textBlock(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text, ''];
    case 'paragraph':
      return [block.text, ''];
    case 'list':
      return [...block.items.map((i) => `- ${i}`), ''];
    case 'table':
      return [block.caption, ...textTable(block.columns, block.rows), ''];
    case 'chart': {
      const t = chartAsTable(block.chart);
      return [block.caption, ...textTable(t.columns, t.rows), ''];
    }
  }
}

/** The report as plain text: the header block side by side, then every section; charts as their numbers. */
export function renderTxt(doc: ReportDocument): string {
  const h = doc.header;
  const left = 44;
  const lines = [
    padEnd(h.parentAgency, left) + h.nation,
    padEnd(h.agency, left) + h.motto,
    padEnd(h.number, left) + h.placeDate,
    '',
    center(doc.title, 88).trimEnd(),
    center(doc.subtitle, 88).trimEnd(),
    '',
  ];
  for (const s of doc.sections) {
    lines.push(`${s.number}. ${s.title}`, '');
    for (const b of s.blocks) lines.push(...textBlock(b));
  }
  lines.push(doc.recipients.title, ...doc.recipients.items, '', padStart(doc.signature.role, 88), '');
  return lines.join('\n');
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');

function mdTable(columns: Column[], rows: Cell[][]): string[] {
  return [
    `| ${columns.map((c) => mdEscape(c.label)).join(' | ')} |`,
    `| ${columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => mdEscape(c.text.trim())).join(' | ')} |`),
  ];
}

function mdBlock(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [`#### ${mdEscape(block.text)}`, ''];
    case 'paragraph':
      return [mdEscape(block.text), ''];
    case 'list':
      return [...block.items.map((i) => `- ${mdEscape(i)}`), ''];
    case 'table':
      return [`**${mdEscape(block.caption)}**`, '', ...mdTable(block.columns, block.rows), ''];
    case 'chart': {
      const t = chartAsTable(block.chart);
      return [`**${mdEscape(block.caption)}**`, '', ...mdTable(t.columns, t.rows), ''];
    }
  }
}

/** The report as Markdown (GitHub tables); charts as their numbers. */
export function renderMd(doc: ReportDocument): string {
  const h = doc.header;
  const lines = [
    `**${mdEscape(h.parentAgency)}**  `,
    `**${mdEscape(h.agency)}**  `,
    `${mdEscape(h.number)}`,
    '',
    `**${mdEscape(h.nation)}**  `,
    `**${mdEscape(h.motto)}**  `,
    `*${mdEscape(h.placeDate)}*`,
    '',
    `# ${mdEscape(doc.title)}`,
    '',
    `## ${mdEscape(doc.subtitle)}`,
    '',
  ];
  for (const s of doc.sections) {
    lines.push(`${s.level === 1 ? '##' : '###'} ${s.number}. ${mdEscape(s.title)}`, '');
    for (const b of s.blocks) lines.push(...mdBlock(b));
  }
  lines.push(
    `**${mdEscape(doc.recipients.title)}**`,
    '',
    ...doc.recipients.items.map((i) => `${mdEscape(i)}  `),
    '',
    `**${mdEscape(doc.signature.role)}**`,
    '',
  );
  return lines.join('\n');
}
