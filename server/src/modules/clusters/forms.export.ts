import ExcelJS from 'exceljs';
import type { Db } from '../../database';
import { previewForm04 } from './forms.compile';
import { round } from './forms.checks';

/** The media type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Biểu 04 as an .xlsx workbook: the circular's rows with item numbers and Vietnamese names, the unit, the province
 * total and one column per commune (Biểu 03), as real numeric cells; then the checks, pass or fail, with their numbers.
 */
export async function exportForm04Xlsx(db: Db, province: string, period: string): Promise<{ fileName: string; bytes: Buffer }> {
  const p = await previewForm04(db, province, period);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'congthuong';
  const ws = wb.addWorksheet('Biểu 04');
  const communes = p.communes.filter((c) => c.submission);
  const label = p.round.kind === 'half' ? `6 tháng đầu năm ${period.slice(0, 4)}` : `năm ${period}`;
  ws.addRow(['Biểu số 04']).font = { bold: true };
  ws.addRow([`BÁO CÁO TÌNH HÌNH CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH ${p.province.name.toUpperCase()}`]).font = { bold: true, size: 13 };
  ws.addRow([`Kỳ báo cáo: ${label} (số liệu tính đến ngày ${p.round.cutOff.split('-').reverse().join('/')})`]);
  ws.addRow([`(Kèm theo Thông tư số 14/2024/TT-BCT; số liệu ${p.submitted ? `Biểu 04 lần ${p.submitted.version}` : 'tổng hợp từ Biểu 03 của các xã'})`]);
  ws.addRow([]);
  const header = ws.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', ...communes.map((c) => c.name)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const item of p.items) {
    if (item.heading) {
      ws.addRow([item.code, item.vi]).font = { bold: true };
      continue;
    }
    const perCommune = communes.map((c) => c.submission!.items[item.code] ?? (item.ratio ? ratio(c.submission!.items) : 0));
    const row = ws.addRow([item.code, item.vi, item.unit.vi, p.values[item.code] ?? null, ...perCommune]);
    for (let col = 4; col <= 4 + communes.length; col++)
      row.getCell(col).numFmt = item.unit.vi === 'Cụm' || item.unit.vi === 'Dự án' || item.unit.vi === 'Người' ? '#,##0' : '#,##0.00';
  }
  ws.addRow([]);
  ws.addRow(['', 'KIỂM TRA SỐ LIỆU']).font = { bold: true };
  for (const check of p.checks) ws.addRow(['', check.message.vi, check.pass ? 'Đạt' : 'Không đạt']);
  if (p.missingCommunes.length) ws.addRow(['', `Xã chưa gửi Biểu 03: ${p.missingCommunes.map((c) => c.name).join(', ')}`]);
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 70;
  ws.getColumn(3).width = 16;
  for (let col = 4; col <= 4 + communes.length; col++) ws.getColumn(col).width = 14;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `bieu-04-${province}-${period}.xlsx`, bytes };
}

function ratio(items: Record<string, number>): number | null {
  return items['17'] && items['17'] > 0 ? round(((items['18'] ?? 0) / items['17']) * 100, 2) : null;
}
