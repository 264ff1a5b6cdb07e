import type { ReportIndicator } from './types';

/** The built-in indicators as the fixtures name them (from the indicators catalogue). */
export const BUILTIN_FIXTURE_INDICATORS: ReportIndicator[] = [
  { code: 'IIP', nameVi: 'Chỉ số sản xuất công nghiệp', nameEn: 'Industrial production index', unitVi: '%', unitEn: '%', kind: 'index', decimals: 2 },
  {
    code: 'RETAIL',
    nameVi: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
    nameEn: 'Retail sales of goods and consumer services',
    unitVi: 'tỷ đồng',
    unitEn: 'billion VND',
    kind: 'flow',
    decimals: 0,
  },
  { code: 'EXPORT', nameVi: 'Kim ngạch xuất khẩu hàng hóa', nameEn: 'Exports of goods', unitVi: 'triệu USD', unitEn: 'million USD', kind: 'flow', decimals: 1 },
  { code: 'IMPORT', nameVi: 'Kim ngạch nhập khẩu hàng hóa', nameEn: 'Imports of goods', unitVi: 'triệu USD', unitEn: 'million USD', kind: 'flow', decimals: 1 },
  { code: 'TRADE_BALANCE', nameVi: 'Cán cân thương mại', nameEn: 'Trade balance', unitVi: 'triệu USD', unitEn: 'million USD', kind: 'derived', decimals: 1 },
];
