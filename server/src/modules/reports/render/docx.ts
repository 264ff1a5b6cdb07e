import type { Block, Cell, Column, ReportDocument } from '../content/types';
import { chartPng } from './chart-png';

type Docx = typeof import('docx');

const FONT = 'Times New Roman';
const BODY = 28; // half-points: 14 pt (Decree 30/2020: 13–14 pt)
const TABLE = 20; // 10 pt in tables
const NONE = { style: 'none' as const, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** The text width of an A4 page with 30 mm and 15 mm side margins, in twips. */
const TEXT_WIDTH = Math.round(((210 - 30 - 15) / 25.4) * 1440);

/** Column widths in twips from the length of what each column holds (the name column capped), filling the text width. */
function widths(columns: Column[], rows: Cell[][]): number[] {
  const chars = (t: string) => [...t].length;
  const natural = columns.map((c, i) => {
    const longestWord = Math.max(...c.label.split(/\s+/).map(chars));
    const longestCell = Math.max(0, ...rows.map((r) => chars(r[i]?.text.trim() ?? '')));
    return i === 0 ? Math.min(Math.max(longestCell, 12), 20) : Math.max(longestWord, Math.min(longestCell, 14), 5) + (c.numeric ? 2 : 1);
  });
  const total = natural.reduce((a, b) => a + b, 0);
  return natural.map((n) => Math.floor((n / total) * TEXT_WIDTH));
}

/** Millimetres to twips, rounded (A4 = 11906 × 16838). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** A run in the report font. */
const run = (d: Docx, text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new d.TextRun({ text, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics });

function centered(d: Docx, text: string, o: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) {
  return new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: o.after ?? 0 }, children: [run(d, text, o)] });
}

/** The short rule under the agency name and under the motto (a bottom border on an indented empty paragraph). */
function rule(d: Docx, indentMm: number) {
  const indent = mm(indentMm);
  return new d.Paragraph({
    indent: { left: indent, right: indent },
    spacing: { after: 60 },
    border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function cellOf(d: Docx, children: InstanceType<Docx['Paragraph']>[], share: number) {
  return new d.TableCell({
    width: { size: Math.floor(share * TEXT_WIDTH), type: d.WidthType.DXA },
    margins: { left: 0, right: 0 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children,
  });
}

/** A borderless two-column layout table (header block, closing block). */
function layout(d: Docx, left: InstanceType<Docx['Paragraph']>[], right: InstanceType<Docx['Paragraph']>[], share: number) {
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: [Math.floor(share * TEXT_WIDTH), TEXT_WIDTH - Math.floor(share * TEXT_WIDTH)],
    layout: d.TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new d.TableRow({ cantSplit: true, children: [cellOf(d, left, share), cellOf(d, right, 1 - share)] })],
  });
}

/** The header block of Decree 30/2020: agency and number on the left, national title, motto and place-date on the right. */
function headerBlock(d: Docx, doc: ReportDocument) {
  const h = doc.header;
  const left = [centered(d, h.parentAgency, { size: 26 }), centered(d, h.agency, { bold: true, size: 26 }), rule(d, 18), centered(d, h.number, { size: 26 })];
  const right = [
    centered(d, h.nation, { bold: true, size: 24 }),
    centered(d, h.motto, { bold: true, size: 26 }),
    rule(d, 22),
    centered(d, h.placeDate, { italics: true, size: 28 }),
  ];
  return layout(d, left, right, 0.36);
}

function tableOf(d: Docx, caption: string, columns: Column[], rows: Cell[][]) {
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const w = widths(columns, rows);
  const cell = (text: string, i: number, o: { bold?: boolean; numeric?: boolean; header?: boolean }) =>
    new d.TableCell({
      width: { size: w[i]!, type: d.WidthType.DXA },
      shading: o.header ? { type: d.ShadingType.CLEAR, fill: 'E8ECF1', color: 'auto' } : undefined,
      margins: { left: 40, right: 40 },
      verticalAlign: d.VerticalAlign.CENTER,
      children: [
        new d.Paragraph({
          alignment: o.header ? d.AlignmentType.CENTER : o.numeric ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          children: [run(d, text, { bold: o.bold, size: TABLE })],
        }),
      ],
    });
  const head = new d.TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.label, i, { bold: true, header: true })) });
  const body = rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((c, i) => cell(c.text, i, { numeric: columns[i]?.numeric })) }));
  return [
    new d.Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [run(d, caption, { bold: true, italics: true, size: 24 })] }),
    new d.Table({ width: { size: TEXT_WIDTH, type: d.WidthType.DXA }, columnWidths: w, layout: d.TableLayoutType.FIXED, borders, rows: [head, ...body] }),
    new d.Paragraph({ spacing: { after: 60 }, children: [] }),
  ];
}

function body(d: Docx, text: string) {
  return new d.Paragraph({
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { after: 120, line: 288 },
    children: [run(d, text)],
  });
}

function blockOf(d: Docx, b: Block) {
  switch (b.type) {
    case 'heading':
      return [
        new d.Paragraph({
          keepNext: true,
          indent: { firstLine: mm(12.7) },
          spacing: { before: 120, after: 60 },
          children: [run(d, b.text, { bold: true, italics: true })],
        }),
      ];
    case 'paragraph':
      return [body(d, b.text)];
    case 'list':
      return b.items.map((i) => body(d, `- ${i}`));
    case 'table':
      return tableOf(d, b.caption, b.columns, b.rows);
    case 'chart':
      return [
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120 },
          children: [
            new d.ImageRun({
              type: 'png',
              data: chartPng(b.chart),
              transformation: { width: 600, height: 281 },
              altText: { name: b.id, title: b.caption, description: b.caption },
            }),
          ],
        }),
        centered(d, b.caption, { italics: true, size: 24, after: 160 }),
      ];
  }
}

/** The closing block: "Nơi nhận:" with the recipients on the left, the signature on the right. */
function closing(d: Docx, doc: ReportDocument) {
  const left = [
    new d.Paragraph({ children: [run(d, doc.recipients.title, { bold: true, italics: true, size: 24 })] }),
    ...doc.recipients.items.map((i) => new d.Paragraph({ children: [run(d, i, { size: 22 })] })),
  ];
  const right = [centered(d, doc.signature.role, { bold: true }), ...[1, 2, 3, 4].map(() => centered(d, '')), centered(d, doc.signature.name, { bold: true })];
  return layout(d, left, right, 0.5);
}

/**
 * The report as a Word document in the national administrative layout (Decree 30/2020): A4, margins
 * 20/20/30/15 mm, Times New Roman 14 pt, the header block, real Word tables, charts as PNG images,
 * page numbers centred at the top from page 2, "Nơi nhận:" and the signature block at the end.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const d: Docx = await import('docx');
  const children = [
    headerBlock(d, doc),
    new d.Paragraph({ spacing: { before: 360 }, alignment: d.AlignmentType.CENTER, children: [run(d, doc.title, { bold: true })] }),
    centered(d, doc.subtitle, { bold: true, after: 240 }),
    ...doc.sections.flatMap((s) => [
      new d.Paragraph({
        keepNext: true,
        indent: { firstLine: mm(12.7) },
        spacing: { before: 160, after: 80 },
        children: [run(d, `${s.number}. ${s.title}`, { bold: true })],
      }),
      ...s.blocks.flatMap((b) => blockOf(d, b)),
    ]),
    new d.Paragraph({ spacing: { after: 120 }, children: [] }),
    closing(d, doc),
  ];
  const pageNumber = new d.Header({
    children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ font: FONT, size: 26, children: [d.PageNumber.CURRENT] })] })],
  });
  const document = new d.Document({
    creator: 'congthuong',
    title: `${doc.title} — ${doc.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) } },
        },
        headers: { default: pageNumber, first: new d.Header({ children: [] }) },
        children,
      },
    ],
  });
  return d.Packer.toBuffer(document);
}
