import { normalizeLabel } from './text-vi';

/** One row name of a statistics table and what it means; `codes` lists the meaning of the 1st, 2nd… occurrence. */
export type RowEntry = { indicator: string; codes: readonly (string | null)[]; names: readonly string[] };

/** The meaning of one row label in a sheet, once repeated names are resolved. */
export type RowMeaning = { indicator: string; category: string | null };

const TOTAL_NAMES = ['Toàn ngành', 'Toàn ngành công nghiệp', 'Tổng số', 'Tổng cộng', 'Chỉ số chung', 'Chung'];

/** Industries of the IIP table by VSIC 2018: sections B–E and their 2-digit divisions; the total is null. */
export const IIP_ROWS: readonly RowEntry[] = [
  { indicator: 'IIP', codes: [null], names: TOTAL_NAMES },
  { indicator: 'IIP', codes: ['B'], names: ['Khai khoáng', 'Công nghiệp khai khoáng'] },
  { indicator: 'IIP', codes: ['05'], names: ['Khai thác than cứng và than non'] },
  { indicator: 'IIP', codes: ['06'], names: ['Khai thác dầu thô và khí đốt tự nhiên'] },
  { indicator: 'IIP', codes: ['07'], names: ['Khai thác quặng kim loại'] },
  { indicator: 'IIP', codes: ['08'], names: ['Khai khoáng khác'] },
  { indicator: 'IIP', codes: ['09'], names: ['Hoạt động dịch vụ hỗ trợ khai khoáng'] },
  { indicator: 'IIP', codes: ['C'], names: ['Công nghiệp chế biến, chế tạo'] },
  { indicator: 'IIP', codes: ['10'], names: ['Sản xuất, chế biến thực phẩm', 'Chế biến thực phẩm'] },
  { indicator: 'IIP', codes: ['11'], names: ['Sản xuất đồ uống'] },
  { indicator: 'IIP', codes: ['12'], names: ['Sản xuất sản phẩm thuốc lá', 'Sản xuất thuốc lá'] },
  { indicator: 'IIP', codes: ['13'], names: ['Dệt', 'Sản xuất dệt'] },
  { indicator: 'IIP', codes: ['14'], names: ['Sản xuất trang phục'] },
  { indicator: 'IIP', codes: ['15'], names: ['Sản xuất da và các sản phẩm có liên quan'] },
  {
    indicator: 'IIP',
    codes: ['16'],
    names: [
      'Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn, ghế); sản xuất sản phẩm từ rơm, rạ và vật liệu tết bện',
      'Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa',
    ],
  },
  { indicator: 'IIP', codes: ['17'], names: ['Sản xuất giấy và sản phẩm từ giấy'] },
  { indicator: 'IIP', codes: ['18'], names: ['In, sao chép bản ghi các loại'] },
  { indicator: 'IIP', codes: ['19'], names: ['Sản xuất than cốc, sản phẩm dầu mỏ tinh chế'] },
  { indicator: 'IIP', codes: ['20'], names: ['Sản xuất hoá chất và sản phẩm hoá chất'] },
  { indicator: 'IIP', codes: ['21'], names: ['Sản xuất thuốc, hoá dược và dược liệu'] },
  { indicator: 'IIP', codes: ['22'], names: ['Sản xuất sản phẩm từ cao su và plastic'] },
  { indicator: 'IIP', codes: ['23'], names: ['Sản xuất sản phẩm từ khoáng phi kim loại khác'] },
  { indicator: 'IIP', codes: ['24'], names: ['Sản xuất kim loại'] },
  {
    indicator: 'IIP',
    codes: ['25'],
    names: ['Sản xuất sản phẩm từ kim loại đúc sẵn (trừ máy móc, thiết bị)', 'Sản xuất sản phẩm từ kim loại đúc sẵn'],
  },
  { indicator: 'IIP', codes: ['26'], names: ['Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học'] },
  { indicator: 'IIP', codes: ['27'], names: ['Sản xuất thiết bị điện'] },
  { indicator: 'IIP', codes: ['28'], names: ['Sản xuất máy móc, thiết bị chưa được phân vào đâu'] },
  { indicator: 'IIP', codes: ['29'], names: ['Sản xuất xe có động cơ'] },
  { indicator: 'IIP', codes: ['30'], names: ['Sản xuất phương tiện vận tải khác'] },
  { indicator: 'IIP', codes: ['31'], names: ['Sản xuất giường, tủ, bàn, ghế'] },
  { indicator: 'IIP', codes: ['32'], names: ['Công nghiệp chế biến, chế tạo khác'] },
  { indicator: 'IIP', codes: ['33'], names: ['Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị'] },
  // Section D has one division (35) with the same name, so the statistics office prints the row twice:
  // the first occurrence is the section, the second the division. A single occurrence is the section.
  {
    indicator: 'IIP',
    codes: ['D', '35'],
    names: ['Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí'],
  },
  {
    indicator: 'IIP',
    codes: ['E'],
    names: ['Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải'],
  },
  { indicator: 'IIP', codes: ['36'], names: ['Khai thác, xử lý và cung cấp nước'] },
  { indicator: 'IIP', codes: ['37'], names: ['Thoát nước và xử lý nước thải'] },
  { indicator: 'IIP', codes: ['38'], names: ['Hoạt động thu gom, xử lý và tiêu huỷ rác thải; tái chế phế liệu'] },
  { indicator: 'IIP', codes: ['39'], names: ['Xử lý ô nhiễm và hoạt động quản lý chất thải khác'] },
];

/** Rows of the statistics office's retail table: components of RETAIL and the 12 goods groups of RETAIL_GOODS. */
export const RETAIL_ROWS: readonly RowEntry[] = [
  { indicator: 'RETAIL', codes: [null], names: [...TOTAL_NAMES, 'Tổng mức', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng'] },
  { indicator: 'RETAIL', codes: ['goods'], names: ['Bán lẻ hàng hóa', 'Doanh thu bán lẻ hàng hóa'] },
  { indicator: 'RETAIL', codes: ['accommodation_food'], names: ['Dịch vụ lưu trú, ăn uống', 'Dịch vụ lưu trú và ăn uống'] },
  { indicator: 'RETAIL', codes: ['accommodation'], names: ['Dịch vụ lưu trú', 'Doanh thu dịch vụ lưu trú'] },
  { indicator: 'RETAIL', codes: ['food_service'], names: ['Dịch vụ ăn uống', 'Doanh thu dịch vụ ăn uống'] },
  {
    indicator: 'RETAIL',
    codes: ['travel'],
    names: ['Dịch vụ lữ hành và hoạt động hỗ trợ du lịch', 'Du lịch lữ hành', 'Dịch vụ lữ hành', 'Doanh thu du lịch lữ hành'],
  },
  { indicator: 'RETAIL', codes: ['other_services'], names: ['Dịch vụ khác', 'Doanh thu dịch vụ khác'] },
  { indicator: 'RETAIL_GOODS', codes: ['g01'], names: ['Lương thực, thực phẩm'] },
  { indicator: 'RETAIL_GOODS', codes: ['g02'], names: ['Hàng may mặc'] },
  { indicator: 'RETAIL_GOODS', codes: ['g03'], names: ['Đồ dùng, dụng cụ, trang thiết bị gia đình'] },
  { indicator: 'RETAIL_GOODS', codes: ['g04'], names: ['Vật phẩm văn hoá, giáo dục'] },
  { indicator: 'RETAIL_GOODS', codes: ['g05'], names: ['Gỗ và vật liệu xây dựng'] },
  { indicator: 'RETAIL_GOODS', codes: ['g06'], names: ['Ô tô con (dưới 9 chỗ ngồi)', 'Ô tô con', 'Ô tô các loại'] },
  {
    indicator: 'RETAIL_GOODS',
    codes: ['g07'],
    names: ['Phương tiện đi lại, trừ ô tô con (kể cả phụ tùng)', 'Phương tiện đi lại trừ ô tô con', 'Phương tiện đi lại'],
  },
  { indicator: 'RETAIL_GOODS', codes: ['g08'], names: ['Xăng, dầu các loại', 'Xăng dầu các loại'] },
  { indicator: 'RETAIL_GOODS', codes: ['g09'], names: ['Nhiên liệu khác (trừ xăng, dầu)', 'Nhiên liệu khác'] },
  { indicator: 'RETAIL_GOODS', codes: ['g10'], names: ['Đá quý, kim loại quý và sản phẩm'] },
  { indicator: 'RETAIL_GOODS', codes: ['g11'], names: ['Hàng hoá khác'] },
  {
    indicator: 'RETAIL_GOODS',
    codes: ['g12'],
    names: [
      'Sửa chữa xe có động cơ, mô tô, xe máy và xe có động cơ',
      'Sửa chữa xe có động cơ, mô tô, xe máy và xe có động cơ khác',
      'Sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác',
    ],
  },
];

/** Looks a row label up in a table by its normalised words (diacritics, case, numbering and punctuation ignored). */
export function makeRowLookup(table: readonly RowEntry[]): (label: string) => RowEntry | null {
  const byName = new Map<string, RowEntry>();
  for (const entry of table) for (const name of entry.names) byName.set(normalizeLabel(name), entry);
  return (label) => byName.get(normalizeLabel(label)) ?? null;
}

/** True when an entry is the table's total row (category null on its first occurrence). */
export function isTotalEntry(entry: RowEntry): boolean {
  return entry.codes.length === 1 && entry.codes[0] === null;
}

/** Resolves labels in sheet order: the n-th occurrence of a name takes its n-th code (electricity: D, then 35), else 'repeated'. */
export function resolveOccurrences<T extends { entry: RowEntry }>(rows: readonly T[]): (T & ({ meaning: RowMeaning } | { meaning: 'repeated' }))[] {
  const seen = new Map<RowEntry, number>();
  return rows.map((row) => {
    const n = seen.get(row.entry) ?? 0;
    seen.set(row.entry, n + 1);
    const code = row.entry.codes[n];
    if (code === undefined) return { ...row, meaning: 'repeated' as const };
    return { ...row, meaning: { indicator: row.entry.indicator, category: code } };
  });
}
