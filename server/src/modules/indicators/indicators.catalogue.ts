import { IIP_ROWS } from './import-xlsx/categories';

/** A built-in indicator of the catalogue (domain.md). */
export type CatalogueIndicator = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: 'flow' | 'index' | 'derived';
  decimals: number;
  formula?: { plus: string[]; minus: string[] };
};

/** The built-in indicators. */
export const BUILTIN_INDICATORS: CatalogueIndicator[] = [
  { code: 'IIP', nameVi: 'Chỉ số sản xuất công nghiệp', nameEn: 'Industrial production index', unitVi: '%', unitEn: '%', kind: 'index', decimals: 2 },
  {
    code: 'IND_OUTPUT',
    nameVi: 'Giá trị sản xuất công nghiệp',
    nameEn: 'Industrial output',
    unitVi: 'tỷ đồng',
    unitEn: 'billion VND',
    kind: 'flow',
    decimals: 0,
  },
  {
    code: 'IND_VALUE_ADDED',
    nameVi: 'Giá trị tăng thêm ngành công nghiệp',
    nameEn: 'Industrial value added',
    unitVi: 'tỷ đồng',
    unitEn: 'billion VND',
    kind: 'flow',
    decimals: 0,
  },
  {
    code: 'RETAIL',
    nameVi: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
    nameEn: 'Retail sales of goods and consumer services',
    unitVi: 'tỷ đồng',
    unitEn: 'billion VND',
    kind: 'flow',
    decimals: 0,
  },
  {
    code: 'RETAIL_GOODS',
    nameVi: 'Doanh thu bán lẻ hàng hóa',
    nameEn: 'Retail sales of goods',
    unitVi: 'tỷ đồng',
    unitEn: 'billion VND',
    kind: 'flow',
    decimals: 0,
  },
  { code: 'EXPORT', nameVi: 'Kim ngạch xuất khẩu hàng hóa', nameEn: 'Exports of goods', unitVi: 'triệu USD', unitEn: 'million USD', kind: 'flow', decimals: 1 },
  { code: 'IMPORT', nameVi: 'Kim ngạch nhập khẩu hàng hóa', nameEn: 'Imports of goods', unitVi: 'triệu USD', unitEn: 'million USD', kind: 'flow', decimals: 1 },
  {
    code: 'TRADE_BALANCE',
    nameVi: 'Cán cân thương mại',
    nameEn: 'Trade balance',
    unitVi: 'triệu USD',
    unitEn: 'million USD',
    kind: 'derived',
    decimals: 1,
    formula: { plus: ['EXPORT'], minus: ['IMPORT'] },
  },
];

/** A category (disaggregation) of an indicator; totals are never added to their parts. */
export type CatalogueCategory = { indicator: string; code: string; dimension: string; nameVi: string; nameEn: string; parent: string | null; sort: number };

const SECTION_EN: Record<string, string> = {
  B: 'Mining and quarrying',
  C: 'Manufacturing',
  D: 'Electricity, gas, steam and air conditioning supply',
  E: 'Water supply, sewerage and waste management',
};
const SECTION_OF = (division: number) => (division <= 9 ? 'B' : division <= 33 ? 'C' : division === 35 ? 'D' : 'E');

function iipCategories(): CatalogueCategory[] {
  const out: CatalogueCategory[] = [];
  IIP_ROWS.forEach((row, i) => {
    row.codes.forEach((code) => {
      if (!code || out.some((c) => c.code === code)) return;
      const isSection = /^[A-Z]$/.test(code);
      out.push({
        indicator: 'IIP',
        code,
        dimension: isSection ? 'vsic_section' : 'vsic_division',
        nameVi: row.names[0]!,
        nameEn: isSection ? SECTION_EN[code]! : `VSIC division ${code}`,
        parent: isSection ? null : SECTION_OF(Number(code)),
        sort: i,
      });
    });
  });
  return out;
}

const cat = (indicator: string, dimension: string, rows: [string, string, string][]): CatalogueCategory[] =>
  rows.map(([code, nameVi, nameEn], i) => ({ indicator, code, dimension, nameVi, nameEn, parent: null, sort: i }));

const MARKETS: [string, string, string][] = [
  ['m_cn', 'Trung Quốc', 'China'],
  ['m_us', 'Hoa Kỳ', 'United States'],
  ['m_eu', 'Liên minh châu Âu', 'European Union'],
  ['m_jp', 'Nhật Bản', 'Japan'],
  ['m_kr', 'Hàn Quốc', 'South Korea'],
  ['m_asean', 'ASEAN', 'ASEAN'],
  ['m_other', 'Thị trường khác', 'Other markets'],
];

/** The built-in categories: IIP by VSIC, retail by component, goods groups, trade by commodity and market, output by ownership. */
export const BUILTIN_CATEGORIES: CatalogueCategory[] = [
  ...iipCategories(),
  ...cat('RETAIL', 'component', [
    ['goods', 'Bán lẻ hàng hóa', 'Retail sales of goods'],
    ['accommodation_food', 'Dịch vụ lưu trú, ăn uống', 'Accommodation and food services'],
    ['accommodation', 'Dịch vụ lưu trú', 'Accommodation'],
    ['food_service', 'Dịch vụ ăn uống', 'Food services'],
    ['travel', 'Du lịch lữ hành', 'Travel services'],
    ['other_services', 'Dịch vụ khác', 'Other services'],
  ]),
  ...cat('RETAIL_GOODS', 'goods_group', [
    ['g01', 'Lương thực, thực phẩm', 'Food and foodstuffs'],
    ['g02', 'Hàng may mặc', 'Garments'],
    ['g03', 'Đồ dùng, dụng cụ, trang thiết bị gia đình', 'Household appliances and equipment'],
    ['g04', 'Vật phẩm văn hoá, giáo dục', 'Cultural and educational goods'],
    ['g05', 'Gỗ và vật liệu xây dựng', 'Wood and construction materials'],
    ['g06', 'Ô tô con (dưới 9 chỗ ngồi)', 'Passenger cars (under 9 seats)'],
    ['g07', 'Phương tiện đi lại, trừ ô tô con (kể cả phụ tùng)', 'Other vehicles and parts'],
    ['g08', 'Xăng, dầu các loại', 'Petrol and oil'],
    ['g09', 'Nhiên liệu khác (trừ xăng, dầu)', 'Other fuels'],
    ['g10', 'Đá quý, kim loại quý và sản phẩm', 'Precious stones and metals'],
    ['g11', 'Hàng hoá khác', 'Other goods'],
    ['g12', 'Sửa chữa xe có động cơ, mô tô, xe máy và xe có động cơ khác', 'Repair of motor vehicles and motorcycles'],
  ]),
  ...cat('EXPORT', 'commodity', [
    ['c_textile', 'Hàng dệt may', 'Textiles and garments'],
    ['c_wood', 'Gỗ và sản phẩm gỗ', 'Wood and wood products'],
    ['c_seafood', 'Thủy sản', 'Seafood'],
    ['c_electronics', 'Điện tử, linh kiện', 'Electronics and components'],
    ['c_metal', 'Sắt thép, kim loại', 'Iron, steel and metals'],
    ['c_agri', 'Nông sản', 'Agricultural products'],
    ['c_other', 'Hàng hóa khác', 'Other goods'],
  ]),
  ...cat('EXPORT', 'market', MARKETS),
  ...cat('IMPORT', 'market', MARKETS),
  ...cat('IND_OUTPUT', 'ownership', [
    ['own_state', 'Kinh tế nhà nước', 'State'],
    ['own_non_state', 'Kinh tế ngoài nhà nước', 'Non-state'],
    ['own_fdi', 'Khu vực có vốn đầu tư nước ngoài', 'Foreign-invested'],
  ]),
];
