import type { FigureResult } from '../../indicators';
import type { Cell, Column, ReportData, ReportDocument } from '../content/types';
import { cutoffLabel } from '../wording/format';
import { chartAsTable } from './chart-data';

type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;

const numFmt = (cell: Cell, decimals: number | undefined) =>
  cell.format === 'percent' ? '+0.00;-0.00;0.00' : decimals && decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';

function sheetName(caption: string, used: Set<string>): string {
  const base =
    (caption.split('.')[0] ?? caption)
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base} (${i})`;
  used.add(name);
  return name;
}

function addTable(
  ws: Worksheet,
  caption: string,
  sub: string,
  columns: Column[],
  rows: Cell[][],
  decimalsOf: (row: number, col: number) => number | undefined,
) {
  ws.addRow([caption]).font = { bold: true, size: 12 };
  ws.addRow([sub]).font = { italic: true };
  ws.addRow([]);
  const head = ws.addRow(columns.map((c) => c.label));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF1' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  rows.forEach((r, ri) => {
    const row = ws.addRow(r.map((c, i) => (columns[i]?.numeric && c.value !== undefined ? c.value : c.text.trim())));
    r.forEach((c, i) => {
      const x = row.getCell(i + 1);
      x.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if (columns[i]?.numeric && typeof c.value === 'number') x.numFmt = numFmt(c, decimalsOf(ri, i) ?? columns[i]?.decimals);
      if (i === 0 && c.text.startsWith('   ')) x.alignment = { indent: 2 };
    });
  });
  ws.getColumn(1).width = 48;
  for (let i = 2; i <= columns.length; i++) ws.getColumn(i).width = 18;
  ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
}

const FIGURE_HEADERS = {
  vi: [
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Kỳ',
    'Phân tổ',
    'Giá trị',
    'Tình trạng',
    'Số công bố',
    'Số công bố (giá trị)',
    'Tổng các tháng',
    'Cùng kỳ năm trước',
    'So với cùng kỳ (%)',
    'So với tháng trước (%)',
    'Lũy kế',
    'Lũy kế so với cùng kỳ (%)',
    'Kế hoạch năm',
    'Phiên bản kế hoạch',
    '% kế hoạch',
    'Kịch bản lũy kế',
    'Chênh lệch kịch bản (điểm %)',
    'Mức cảnh báo',
    'Tăng trưởng cần thiết (%)',
    'Dự ước cả năm – cơ sở',
    'Dự ước cả năm – mùa vụ',
  ],
  en: [
    'Code',
    'Indicator',
    'Period',
    'Category',
    'Value',
    'Status',
    'Reported',
    'Reported value',
    'Sum of months',
    'Same period last year',
    'Year on year (%)',
    'vs previous month (%)',
    'Year to date',
    'Year to date, year on year (%)',
    'Annual plan',
    'Plan version',
    '% of plan',
    'Cumulative scenario',
    'Gap to scenario (points)',
    'Warning',
    'Required growth (%)',
    'Year-end – base',
    'Year-end – seasonal',
  ],
};

/** Every figure the report used, one row each, as numbers (the annex for re-use). */
function addFigures(ws: Worksheet, data: ReportData, lang: 'vi' | 'en') {
  const name = (code: string) => {
    const i = data.indicators.find((x) => x.code === code);
    return (lang === 'vi' ? i?.nameVi : i?.nameEn) ?? code;
  };
  const head = ws.addRow(FIGURE_HEADERS[lang]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  const all: FigureResult[] = [...data.monthFigures, ...data.ytdFigures, ...data.categoryFigures, ...data.categoryYtdFigures];
  for (const f of all) {
    ws.addRow([
      f.indicator,
      name(f.indicator),
      f.period,
      f.category ?? '',
      f.value,
      f.status ?? '',
      f.reported ? 1 : 0,
      f.reportedValue,
      f.derivedValue,
      f.previousValue,
      f.yoyPercent,
      f.momPercent,
      f.ytd?.value ?? null,
      f.ytd?.yoyPercent ?? null,
      f.plan,
      f.planVersion,
      f.planPercent,
      f.scenario?.cumulative ?? null,
      f.scenario?.gapPoints ?? null,
      f.scenario?.warning ?? '',
      f.requiredGrowthPercent,
      f.yearEnd?.base ?? null,
      f.yearEnd?.seasonal ?? null,
    ]);
  }
  ws.getColumn(2).width = 44;
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
}

/**
 * The annex workbook: a sheet with what the report is and its notes, one sheet per table and per chart
 * (numbers as numeric cells, formatted to the report's decimals), and every figure used.
 */
export async function renderXlsx(doc: ReportDocument, data: ReportData): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = 'congthuong';
  const vi = doc.lang === 'vi';
  const used = new Set<string>();
  const about = wb.addWorksheet(sheetName(vi ? 'Thông tin' : 'About', used));
  about.addRow([doc.title]).font = { bold: true, size: 13 };
  about.addRow([doc.subtitle]).font = { bold: true };
  about.addRow([`${doc.header.parentAgency} — ${doc.header.agency}`]);
  about.addRow([vi ? 'Thời điểm số liệu' : 'Figures as of', cutoffLabel(new Date(data.cutoff), doc.lang)]);
  about.addRow([]);
  for (const s of doc.sections.filter((x) => x.key === 'notes')) for (const b of s.blocks) if (b.type === 'list') b.items.forEach((i) => about.addRow([i]));
  about.getColumn(1).width = 120;
  const sub = `${data.unit.name} — ${doc.subtitle}`;
  for (const b of doc.sections.flatMap((s) => s.blocks)) {
    if (b.type === 'table') addTable(wb.addWorksheet(sheetName(b.caption, used)), b.caption, sub, b.columns, b.rows, () => undefined);
    if (b.type === 'chart') {
      const t = chartAsTable(b.chart);
      addTable(wb.addWorksheet(sheetName(`${vi ? 'Biểu đồ' : 'Chart'} ${b.id}`, used)), b.caption, sub, t.columns, t.rows, () => b.chart.decimals);
    }
  }
  addFigures(wb.addWorksheet(sheetName(vi ? 'Số liệu sử dụng' : 'Figures used', used)), data, doc.lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
