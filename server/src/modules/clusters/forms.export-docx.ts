import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Db } from '../../database';
import { previewForm04 } from './forms.compile';

/** The media type of a .docx document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function cell(text: string, opts: { bold?: boolean; right?: boolean; width?: number } = {}) {
  return new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: [
      new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold ?? false })] }),
    ],
  });
}

/**
 * Biểu 04 as a .docx document: title, period and cut-off, the circular's rows (item number, Vietnamese name, unit,
 * province total written the Vietnamese way), then the checks with pass or fail.
 */
export async function exportForm04Docx(db: Db, province: string, period: string): Promise<{ fileName: string; bytes: Buffer }> {
  const p = await previewForm04(db, province, period);
  const label = p.round.kind === 'half' ? `6 tháng đầu năm ${period.slice(0, 4)}` : `năm ${period}`;
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell('STT', { bold: true, width: 8 }),
      cell('Chỉ tiêu', { bold: true, width: 62 }),
      cell('Đơn vị tính', { bold: true, width: 15 }),
      cell('Số liệu', { bold: true, width: 15 }),
    ],
  });
  const rows = p.items.map((item) => {
    const value = p.values[item.code];
    return new TableRow({
      children: [
        cell(item.code, { bold: Boolean(item.heading) }),
        cell(item.vi, { bold: Boolean(item.heading) }),
        cell(item.heading ? '' : item.unit.vi),
        cell(item.heading || value === undefined ? '' : vi.format(value), { right: true }),
      ],
    });
  });
  const doc = new Document({
    creator: 'congthuong',
    title: `Biểu 04 ${province} ${period}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Biểu số 04', bold: true })] }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: `BÁO CÁO TÌNH HÌNH CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH ${p.province.name.toUpperCase()}`, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`Kỳ báo cáo: ${label} (số liệu tính đến ngày ${p.round.cutOff.split('-').reverse().join('/')})`)],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
          new Paragraph({ children: [new TextRun({ text: 'Kiểm tra số liệu', bold: true })] }),
          ...p.checks.map((c) => new Paragraph({ children: [new TextRun(`${c.pass ? 'Đạt' : 'Không đạt'}: ${c.message.vi}`)] })),
          ...(p.missingCommunes.length ? [new Paragraph(`Xã chưa gửi Biểu 03: ${p.missingCommunes.map((c) => c.name).join(', ')}`)] : []),
        ],
      },
    ],
  });
  return { fileName: `bieu-04-${province}-${period}.docx`, bytes: await Packer.toBuffer(doc) };
}
