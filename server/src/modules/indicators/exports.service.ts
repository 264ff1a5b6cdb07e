import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { compareProvinces, type ComparisonQuery } from './comparison.service';
import { entryGrid, type GridQuery } from './grid.service';
import { listCatalogue } from './indicators.service';
import { provinceOverview } from './overview.service';
import { numberFormat, type ExportColumn, type ExportTable } from './export-table';

const PCT = '0.00';
const text = (vi: string, en: string, width?: number): ExportColumn => ({ vi, en, kind: 'text', ...(width ? { width } : {}) });
const num = (vi: string, en: string, numFmt?: string): ExportColumn => ({ vi, en, kind: 'number', ...(numFmt ? { numFmt } : {}) });
const BASE_TEXT = {
  level: ['Giá trị', 'Level'],
  same_period: ['Chỉ số so cùng kỳ (%)', 'Index vs same period (%)'],
  prev_month: ['Chỉ số so tháng trước (%)', 'Index vs previous month (%)'],
} as const;
const STATUS_VI = { estimate: 'Ước tính', preliminary: 'Sơ bộ', official: 'Chính thức' } as const;
const ROMAN = ['I', 'II', 'III', 'IV'];

function aggregateColumns(year: number, keys: Set<string>) {
  const fixed = [
    ...[1, 2, 3, 4].map((q) => ({ key: `${year}-Q${q}`, vi: `Quý ${ROMAN[q - 1]}`, en: `Q${q}` })),
    { key: `${year}-H1`, vi: '6 tháng đầu năm', en: 'H1' },
    { key: `${year}-H2`, vi: '6 tháng cuối năm', en: 'H2' },
    { key: String(year), vi: 'Cả năm', en: 'Year' },
  ];
  const ytd = [...keys]
    .filter((k) => k.startsWith(`${year}-01/`))
    .sort()
    .map((k) => ({ key: k, vi: `Lũy kế ${Number(k.slice(-2))} tháng`, en: `Jan–${k.slice(-2)} cumulative` }));
  return [...fixed, ...ytd];
}

/** The entry grid as a table: one row per grid row, the twelve months, then the reported aggregates. */
export async function gridExport(db: Db, q: GridQuery): Promise<{ tables: ExportTable[]; stem: string }> {
  const grid = await entryGrid(db, q);
  const aggregates = aggregateColumns(q.year, new Set(grid.rows.flatMap((r) => Object.keys(r.reported))));
  const columns: ExportColumn[] = [
    text('Mã chỉ tiêu', 'Indicator code', 14),
    text('Chỉ tiêu', 'Indicator', 48),
    text('Phân tổ', 'Category', 32),
    text('Gốc so sánh', 'Base', 22),
    text('Đơn vị tính', 'Unit', 12),
    ...grid.months.map((_, i) => num(`Tháng ${i + 1}`, `Month ${i + 1}`)),
    ...aggregates.map((a) => num(a.vi, a.en)),
  ];
  const rows = grid.rows.map((r) => ({
    numFmt: numberFormat(r.decimals),
    values: [
      r.indicator,
      r.nameVi,
      r.categoryNameVi ?? 'Tổng số',
      BASE_TEXT[r.base][0],
      r.base === 'level' ? r.unitVi : '%',
      ...r.cells.map((c) => c.value),
      ...aggregates.map((a) => r.reported[a.key]?.value ?? null),
    ],
  }));
  return { tables: [{ sheet: `Số liệu ${q.year}`, columns, rows }], stem: `bang-so-lieu_${q.orgunit}_${q.year}` };
}

/** The overview as tables: the indicator cards, and (XLSX only) the monthly series. */
export async function overviewExport(db: Db, q: { orgunit: string; period?: string; asOf?: Date | null }): Promise<{ tables: ExportTable[]; stem: string }> {
  const [overview, catalogue] = await Promise.all([provinceOverview(db, q), listCatalogue(db)]);
  const meta = new Map(catalogue.map((i) => [i.code, i]));
  const published = new Set(overview.published);
  const cards: ExportTable = {
    sheet: 'Tổng quan',
    columns: [
      text('Mã chỉ tiêu', 'Indicator code', 14),
      text('Chỉ tiêu', 'Indicator', 48),
      text('Đơn vị tính', 'Unit', 12),
      text('Kỳ', 'Period', 10),
      num('Giá trị tháng', 'Month value'),
      num('Tháng so cùng kỳ (%)', 'Month vs same period (%)', PCT),
      num('Lũy kế', 'Year to date'),
      num('Lũy kế so cùng kỳ (%)', 'YTD vs same period (%)', PCT),
      num('Kế hoạch năm', 'Annual plan'),
      num('Lũy kế so kế hoạch (%)', 'YTD of plan (%)', PCT),
      text('Trạng thái', 'Status', 12),
      text('Đã công bố', 'Published', 12),
    ],
    rows: overview.cards.map((c) => {
      const m = meta.get(c.indicator);
      const isIndex = m?.kind === 'index';
      return {
        numFmt: numberFormat(m?.decimals ?? 1),
        values: [
          c.indicator,
          m?.nameVi ?? c.indicator,
          isIndex ? '%' : (m?.unitVi ?? ''),
          c.period,
          c.value,
          isIndex ? null : c.yoyPercent,
          c.ytd?.value ?? null,
          c.ytd?.yoyPercent ?? null,
          c.plan,
          c.planPercent,
          c.status ? STATUS_VI[c.status] : null,
          published.has(c.period) ? 'Có' : 'Chưa',
        ],
      };
    }),
  };
  const series: ExportTable = {
    sheet: 'Chuỗi tháng',
    columns: [
      text('Mã chỉ tiêu', 'Indicator code', 14),
      num('Tháng', 'Month', '0'),
      num('Năm nay', 'This year'),
      num('Năm trước', 'Last year'),
      num('Lũy kế', 'Cumulative'),
      num('Lũy kế theo kịch bản', 'Scenario cumulative'),
    ],
    rows: Object.entries(overview.series).flatMap(([code, points]) =>
      points.map((p) => ({
        numFmt: numberFormat(meta.get(code)?.decimals ?? 1),
        values: [code, p.month, p.value, p.lastYear, p.cumulative, p.scenarioCumulative],
      })),
    ),
  };
  return { tables: [cards, series], stem: `tong-quan_${q.orgunit}_${overview.period ?? 'moi-nhat'}` };
}

/** The province comparison as a table, in rank order. */
export async function comparisonExport(db: Db, actor: Pick<Actor, 'scope'>, q: ComparisonQuery): Promise<{ tables: ExportTable[]; stem: string }> {
  const c = await compareProvinces(db, actor, q);
  const fmt = numberFormat(c.indicator.decimals);
  const columns: ExportColumn[] = [
    num('Hạng', 'Rank', '0'),
    text('Mã tỉnh', 'Province code', 10),
    text('Tỉnh, thành phố', 'Province', 28),
    text('Chỉ tiêu', 'Indicator', 40),
    text('Kỳ', 'Period', 18),
    num(`Giá trị (${c.indicator.unitVi})`, `Value (${c.indicator.unitEn})`, fmt),
    text('Trạng thái', 'Status', 12),
    num('Cùng kỳ năm trước', 'Same period last year', fmt),
    num('So cùng kỳ (%)', 'vs same period (%)', PCT),
    num('Kế hoạch năm', 'Annual plan', fmt),
    num('So kế hoạch (%)', 'Of plan (%)', PCT),
  ];
  const rows = c.items.map((r) => ({
    values: [
      r.rank,
      r.orgunit,
      r.name,
      c.indicator.nameVi,
      c.period,
      r.value,
      r.status ? STATUS_VI[r.status] : null,
      r.previousValue,
      r.yoyPercent,
      r.plan,
      r.planPercent,
    ],
  }));
  return { tables: [{ sheet: 'So sánh', columns, rows }], stem: `so-sanh_${q.indicator}_${q.period.replace('/', '_')}` };
}
