import type { Block, Cell, Column, ReportDocument } from '../content/types';
import { chartPng } from './chart-png';
import { CHART_SIZE } from './chart-layout';
import { dejavuPath } from './fonts';

type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;
const BODY = 12;
const SMALL = 8.5;
const PAD = 3;

function fonts(pdf: Pdf) {
  pdf.registerFont('serif', dejavuPath('DejaVuSerif.ttf'));
  pdf.registerFont('serif-bold', dejavuPath('DejaVuSerif-Bold.ttf'));
  pdf.registerFont('serif-italic', dejavuPath('DejaVuSerif-Italic.ttf'));
}

const left = (pdf: Pdf) => pdf.page.margins.left;
const width = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const bottom = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;

function ensure(pdf: Pdf, height: number) {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function headerBlock(pdf: Pdf, doc: ReportDocument) {
  const h = doc.header;
  const x = left(pdf);
  const w = width(pdf);
  const lw = w * 0.4;
  const top = pdf.y;
  const line = (text: string, font: string, size: number, cx: number, cw: number, y: number) => {
    pdf.font(font).fontSize(size).text(text, cx, y, { width: cw, align: 'center' });
    return pdf.y;
  };
  let y = line(h.parentAgency, 'serif', 10.5, x, lw, top);
  y = line(h.agency, 'serif-bold', 10.5, x, lw, y);
  pdf
    .moveTo(x + lw * 0.3, y + 2)
    .lineTo(x + lw * 0.7, y + 2)
    .lineWidth(0.6)
    .stroke();
  const leftEnd = line(h.number, 'serif', 10.5, x, lw, y + 6);
  y = line(h.nation, 'serif-bold', 10, x + lw, w - lw, top);
  y = line(h.motto, 'serif-bold', 10.5, x + lw, w - lw, y);
  pdf
    .moveTo(x + lw + (w - lw) * 0.22, y + 2)
    .lineTo(x + lw + (w - lw) * 0.78, y + 2)
    .lineWidth(0.6)
    .stroke();
  const rightEnd = line(h.placeDate, 'serif-italic', 10.5, x + lw, w - lw, y + 6);
  pdf.x = x;
  pdf.y = Math.max(leftEnd, rightEnd) + 18;
}

function columnWidths(pdf: Pdf, columns: Column[], rows: Cell[][], total: number): number[] {
  pdf.font('serif').fontSize(SMALL);
  const texts = (i: number) => [columns[i]!.label, ...rows.map((r) => r[i]?.text ?? '')];
  const longestWord = (i: number) =>
    Math.max(
      ...texts(i)
        .flatMap((t) => t.split(/\s+/))
        .map((w) => pdf.widthOfString(w)),
    ) +
    2 * PAD;
  const natural = (i: number) =>
    Math.max(...rows.map((r) => pdf.widthOfString(r[i]?.text ?? '')), Math.min(pdf.widthOfString(columns[i]!.label), 90)) + 2 * PAD;
  const min = columns.map((_, i) => Math.min(longestWord(i), total / columns.length));
  const want = columns.map((_, i) => Math.max(natural(i), min[i]!));
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= total) return want.map((w) => (w / sumWant) * total);
  const sumMin = min.reduce((a, b) => a + b, 0);
  const extra = Math.max(0, total - sumMin);
  const slack = want.map((w, i) => w - min[i]!);
  const sumSlack = slack.reduce((a, b) => a + b, 0) || 1;
  return min.map((m, i) => m + (slack[i]! / sumSlack) * extra);
}

function drawRow(pdf: Pdf, texts: string[], widths: number[], columns: Column[], header: boolean) {
  pdf.font(header ? 'serif-bold' : 'serif').fontSize(SMALL);
  const heights = texts.map((t, i) => pdf.heightOfString(t, { width: widths[i]! - 2 * PAD }));
  const h = Math.max(...heights) + 2 * PAD;
  ensure(pdf, h);
  const y = pdf.y;
  let x = left(pdf);
  texts.forEach((t, i) => {
    const w = widths[i]!;
    if (header) pdf.rect(x, y, w, h).fill('#e8ecf1').fillColor('black');
    pdf.rect(x, y, w, h).lineWidth(0.5).stroke();
    pdf.text(t, x + PAD, y + PAD, { width: w - 2 * PAD, align: header ? 'center' : columns[i]?.numeric ? 'right' : 'left' });
    x += w;
  });
  pdf.x = left(pdf);
  pdf.y = y + h;
}

function table(pdf: Pdf, caption: string, columns: Column[], rows: Cell[][]) {
  ensure(pdf, 60);
  pdf
    .font('serif-italic')
    .fontSize(10)
    .text(caption, left(pdf), pdf.y, { width: width(pdf) });
  pdf.moveDown(0.2);
  const widths = columnWidths(pdf, columns, rows, width(pdf));
  drawRow(
    pdf,
    columns.map((c) => c.label),
    widths,
    columns,
    true,
  );
  for (const r of rows) {
    if (pdf.y + 2 * PAD + SMALL * 1.3 > bottom(pdf)) {
      pdf.addPage();
      drawRow(
        pdf,
        columns.map((c) => c.label),
        widths,
        columns,
        true,
      );
    }
    drawRow(
      pdf,
      r.map((c) => c.text),
      widths,
      columns,
      false,
    );
  }
  pdf.moveDown(0.6);
}

function paragraph(pdf: Pdf, text: string, o: { font?: string; indent?: boolean } = {}) {
  pdf
    .font(o.font ?? 'serif')
    .fontSize(BODY)
    .text(text, left(pdf), pdf.y, { width: width(pdf), align: 'justify', indent: o.indent === false ? 0 : 12.7 * MM, paragraphGap: 4, lineGap: 1.5 });
}

function block(pdf: Pdf, b: Block) {
  switch (b.type) {
    case 'heading':
      ensure(pdf, 50);
      return paragraph(pdf, b.text, { font: 'serif-italic' });
    case 'paragraph':
      return paragraph(pdf, b.text);
    case 'list':
      return b.items.forEach((i) => paragraph(pdf, `- ${i}`));
    case 'table':
      return table(pdf, b.caption, b.columns, b.rows);
    case 'chart': {
      const w = width(pdf);
      const h = (w * CHART_SIZE.height) / CHART_SIZE.width;
      ensure(pdf, h + 24);
      pdf.image(chartPng(b.chart), left(pdf), pdf.y, { width: w });
      pdf.y += h + 2;
      pdf.font('serif-italic').fontSize(9.5).text(b.caption, left(pdf), pdf.y, { width: w, align: 'center' });
      pdf.moveDown(0.6);
    }
  }
}

function closing(pdf: Pdf, doc: ReportDocument) {
  ensure(pdf, 120);
  const x = left(pdf);
  const w = width(pdf);
  const top = pdf.y + 10;
  pdf
    .font('serif-bold')
    .fontSize(10)
    .text(doc.recipients.title, x, top, { width: w / 2 });
  pdf.font('serif').fontSize(9);
  for (const i of doc.recipients.items) pdf.text(i, x, pdf.y, { width: w / 2 });
  pdf
    .font('serif-bold')
    .fontSize(BODY)
    .text(doc.signature.role, x + w / 2, top, { width: w / 2, align: 'center' });
  if (doc.signature.name) pdf.text(doc.signature.name, x + w / 2, top + 70, { width: w / 2, align: 'center' });
}

/**
 * The report as a PDF on A4 with the Decree 30/2020 margins, DejaVu Serif embedded (every Vietnamese
 * diacritic, text extractable), real ruled tables, charts as images, page numbers from page 2.
 */
export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
    info: { Title: `${doc.title} — ${doc.subtitle}`, Creator: 'congthuong' },
    lang: doc.lang,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  fonts(pdf);
  headerBlock(pdf, doc);
  pdf.font('serif-bold').fontSize(13).text(doc.title, { align: 'center' });
  pdf.font('serif-bold').fontSize(BODY).text(doc.subtitle, { align: 'center' });
  pdf.moveDown(1);
  for (const s of doc.sections) {
    ensure(pdf, 60);
    pdf
      .font('serif-bold')
      .fontSize(BODY)
      .text(`${s.number}. ${s.title}`, left(pdf), pdf.y, { width: width(pdf), indent: 12.7 * MM, paragraphGap: 4 });
    for (const b of s.blocks) block(pdf, b);
  }
  closing(pdf, doc);
  const range = pdf.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const m = pdf.page.margins;
    pdf.page.margins = { ...m, top: 0, bottom: 0 };
    pdf
      .font('serif')
      .fontSize(10)
      .text(String(i + 1), 0, 10 * MM, { width: pdf.page.width, align: 'center', lineBreak: false });
    pdf.page.margins = m;
  }
  pdf.end();
  return done;
}
