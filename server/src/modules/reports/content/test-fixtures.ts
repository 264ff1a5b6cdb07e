/** Fixed figures for the golden tests: Nghệ An, May 2023, shaped like the June 2023 press release. */
import type { FigureResult } from '../../indicators';
import { BUILTIN_FIXTURE_INDICATORS } from './test-fixtures.catalogue';
import type { ReportCategory, ReportData, SeriesPoint } from './types';

/** A FigureResult with everything empty but what is given. */
export function figure(indicator: string, period: string, given: Partial<FigureResult> = {}): FigureResult {
  return {
    indicator,
    orgunit: '40',
    period,
    category: null,
    value: null,
    status: null,
    reported: false,
    reportedValue: null,
    derivedValue: null,
    mergedFrom: null,
    previousValue: null,
    yoyPercent: null,
    momPercent: null,
    ytd: null,
    plan: null,
    planVersion: null,
    planPercent: null,
    scenario: null,
    requiredGrowthPercent: null,
    yearEnd: null,
    ...given,
  };
}

const M = '2023-05';
const Y = '2023-01/2023-05';
const ytd = (value: number | null, yoyPercent: number | null) => ({ period: Y, value, yoyPercent });

const categories: ReportCategory[] = [
  { indicator: 'IIP', code: 'B', dimension: 'vsic_section', nameVi: 'Khai khoáng', nameEn: 'Mining and quarrying', parent: null },
  { indicator: 'IIP', code: 'C', dimension: 'vsic_section', nameVi: 'Công nghiệp chế biến, chế tạo', nameEn: 'Manufacturing', parent: null },
  { indicator: 'IIP', code: '11', dimension: 'vsic_division', nameVi: 'Sản xuất đồ uống', nameEn: 'VSIC division 11', parent: 'C' },
  { indicator: 'IIP', code: '24', dimension: 'vsic_division', nameVi: 'Sản xuất kim loại', nameEn: 'VSIC division 24', parent: 'C' },
  { indicator: 'RETAIL', code: 'goods', dimension: 'component', nameVi: 'Bán lẻ hàng hóa', nameEn: 'Retail sales of goods', parent: null },
  {
    indicator: 'RETAIL',
    code: 'accommodation_food',
    dimension: 'component',
    nameVi: 'Dịch vụ lưu trú, ăn uống',
    nameEn: 'Accommodation and food services',
    parent: null,
  },
  { indicator: 'EXPORT', code: 'm_cn', dimension: 'market', nameVi: 'Trung Quốc', nameEn: 'China', parent: null },
  { indicator: 'EXPORT', code: 'm_us', dimension: 'market', nameVi: 'Hoa Kỳ', nameEn: 'United States', parent: null },
];

const series = (values: (number | null)[], lastYear: number[], scenario: number[] | null): SeriesPoint[] => {
  let cum = 0;
  return lastYear.map((ly, i) => {
    const v = values[i] ?? null;
    if (v !== null) cum += v;
    return { month: i + 1, value: v, lastYear: ly, cumulative: v === null ? null : cum, scenarioCumulative: scenario ? scenario[i]! : null };
  });
};

/**
 * The fixed report data: IIP (estimate, up), industry sections with a falling one, retail (estimate, with
 * plan and scenario, by component), exports (a reported five-month figure that differs from the sum of
 * the months, falling, with plan), imports (falling, no plan), trade balance.
 */
export function fixedReportData(): ReportData {
  return {
    schema: 1,
    orgunit: '40',
    unit: { id: '40@2008-08-01', code: '40', name: 'Nghệ An', nameEn: 'Nghe An', kind: 'province' },
    period: M,
    year: 2023,
    month: 5,
    asOf: '2023-06-07T05:00:00.000Z',
    cutoff: '2023-06-07T05:00:00.000Z',
    indicators: BUILTIN_FIXTURE_INDICATORS,
    categories,
    monthFigures: [
      figure('IIP', M, {
        value: 105.57,
        status: 'estimate',
        reported: true,
        reportedValue: 105.57,
        yoyPercent: 5.57,
        momPercent: 3.29,
        ytd: ytd(101.62, 1.62),
      }),
      figure('RETAIL', M, {
        value: 7479,
        status: 'estimate',
        previousValue: 6819,
        yoyPercent: 9.6788,
        momPercent: 0.7951,
        ytd: ytd(36539, 9.6313),
        plan: 85014,
        planVersion: 1,
        planPercent: 42.98,
        derivedValue: null,
        scenario: { value: 7300, cumulative: 37560, gapPoints: -1.201, warning: 'on_track' },
        requiredGrowthPercent: 7.9512,
        yearEnd: { base: 87693.6, seasonal: 88502.44 },
      }),
      figure('EXPORT', M, {
        value: 190.5,
        status: 'official',
        reported: true,
        reportedValue: 190.5,
        yoyPercent: -5.0,
        momPercent: 2.1,
        ytd: ytd(892.3, -3.0952),
        plan: 2500,
        planVersion: 1,
        planPercent: 35.692,
        scenario: { value: 210, cumulative: 1010, gapPoints: -4.708, warning: 'watch' },
        requiredGrowthPercent: 23.456,
        yearEnd: { base: 2141.52, seasonal: null },
      }),
      figure('IMPORT', M, { value: 120, status: 'estimate', yoyPercent: -0.004, momPercent: -2.5, ytd: ytd(589, -1.2735) }),
      figure('TRADE_BALANCE', M, { value: 70.5, status: 'estimate', ytd: ytd(303.3, null) }),
    ],
    ytdFigures: [
      figure('IIP', Y, { value: 101.62, status: 'estimate', reported: true, reportedValue: 101.62, yoyPercent: 1.62 }),
      figure('RETAIL', Y, { value: 36539, status: 'estimate', derivedValue: 36539, yoyPercent: 9.6313, plan: 85014, planPercent: 42.9799 }),
      figure('EXPORT', Y, {
        value: 892.3,
        status: 'preliminary',
        reported: true,
        reportedValue: 892.3,
        derivedValue: 890.14,
        yoyPercent: -3.0952,
        plan: 2500,
        planPercent: 35.692,
      }),
      figure('IMPORT', Y, { value: 589, status: 'estimate', derivedValue: 589, yoyPercent: -1.2735 }),
      figure('TRADE_BALANCE', Y, { value: 303.3, status: 'estimate', reported: false, yoyPercent: null }),
    ],
    categoryFigures: [
      figure('IIP', M, { category: 'B', value: 112, status: 'official', yoyPercent: 12, momPercent: 1 }),
      figure('IIP', M, { category: 'C', value: 97, status: 'estimate', yoyPercent: -3, momPercent: -0.5 }),
      figure('IIP', M, { category: '11', value: 125, status: 'estimate', yoyPercent: 25, momPercent: 4 }),
      figure('IIP', M, { category: '24', value: 89, status: 'estimate', yoyPercent: -11, momPercent: -2 }),
      figure('RETAIL', M, { category: 'goods', value: 5800, status: 'estimate', ytd: ytd(28000, 10.2) }),
      figure('RETAIL', M, { category: 'accommodation_food', value: 900, status: 'estimate', ytd: ytd(4300, 15.456) }),
      figure('EXPORT', M, { category: 'm_cn', value: 80, status: 'official', ytd: ytd(400, 3) }),
      figure('EXPORT', M, { category: 'm_us', value: 30, status: 'official', ytd: ytd(150, -8.5) }),
    ],
    categoryYtdFigures: [
      figure('IIP', Y, { category: 'B', value: 105.2, status: 'official', yoyPercent: 5.2 }),
      figure('IIP', Y, { category: 'C', value: 98.7, status: 'estimate', yoyPercent: -1.3 }),
      figure('IIP', Y, { category: '11', value: 125.3, status: 'estimate', yoyPercent: 25.3 }),
      figure('IIP', Y, { category: '24', value: 89.8, status: 'estimate', yoyPercent: -10.2 }),
      figure('RETAIL', Y, { category: 'goods', value: 28000, status: 'estimate', yoyPercent: 10.2 }),
      figure('RETAIL', Y, { category: 'accommodation_food', value: 4300, status: 'estimate', yoyPercent: 15.456 }),
      figure('EXPORT', Y, { category: 'm_cn', value: 400, status: 'official', yoyPercent: 3 }),
      figure('EXPORT', Y, { category: 'm_us', value: 150, status: 'official', yoyPercent: -8.5 }),
    ],
    series: {
      RETAIL: series(
        [7250, 7080, 7310, 7420, 7479],
        [6610, 6450, 6680, 6770, 6819, 6900, 7000, 7100, 7050, 7200, 7300, 7500],
        [7000, 14200, 21500, 29200, 37560, 45000, 52500, 60000, 67000, 74000, 79500, 85014],
      ),
      EXPORT: series([160, 140, 200, 201.8, 190.5], [170, 150, 205, 195.8, 200, 210, 215, 220, 210, 215, 220, 225], null),
    },
    vintages: [],
    unitNames: {},
  };
}

/**
 * December 2023: exports with a reported annual figure (2.870 triệu USD, preliminary) that differs from the
 * sum of the months, above its plan; imports falling and without a plan; no category figures.
 */
export function fixedDecemberData(): ReportData {
  const D = '2023-12';
  const YR = '2023-01/2023-12';
  const yr = (value: number | null, yoyPercent: number | null) => ({ period: YR, value, yoyPercent });
  return {
    ...fixedReportData(),
    period: D,
    month: 12,
    asOf: null,
    cutoff: '2024-01-03T02:30:00.000Z',
    categories: [],
    monthFigures: [
      figure('EXPORT', D, {
        value: 262.4,
        status: 'estimate',
        yoyPercent: 16.2,
        momPercent: 4.4,
        ytd: yr(2870, 13.03),
        plan: 2500,
        planVersion: 1,
        planPercent: 114.8,
        scenario: { value: 230, cumulative: 2500, gapPoints: 14.8, warning: 'on_track' },
        requiredGrowthPercent: null,
        yearEnd: { base: 2870, seasonal: 2870 },
      }),
      figure('IMPORT', D, { value: 140.2, status: 'estimate', yoyPercent: -6.5, momPercent: 1.2, ytd: yr(1610.5, -2.4) }),
    ],
    ytdFigures: [
      figure('EXPORT', YR, {
        value: 2870,
        status: 'preliminary',
        reported: true,
        reportedValue: 2870,
        derivedValue: 2855.4,
        yoyPercent: 13.03,
        plan: 2500,
        planPercent: 114.8,
      }),
      figure('IMPORT', YR, { value: 1610.5, status: 'estimate', derivedValue: 1610.5, yoyPercent: -2.4 }),
    ],
    categoryFigures: [],
    categoryYtdFigures: [],
    series: {},
  };
}
