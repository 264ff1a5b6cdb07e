import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMd, renderTxt } from '../render/text';
import { composeReport, textBlocks } from './compose';
import { fixedDecemberData, fixedReportData } from './test-fixtures';
import type { ReportDocument } from './types';

const officer = {
  difficulties: 'Đơn hàng xuất khẩu giảm.\n\n- Giá nguyên liệu đầu vào tăng\n- Thiếu điện vào giờ cao điểm',
  causes: '',
  tasks: 'Tiếp tục tháo gỡ khó khăn cho doanh nghiệp.',
  recommendations: '',
};
const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__');

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, text: string) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, text);
  }
  expect(text).toBe(fs.readFileSync(file, 'utf8'));
}

const paragraphs = (doc: ReportDocument, key: string) =>
  doc.sections.find((s) => s.key === key)!.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : []));

describe('the report written from fixed figures (May 2023)', () => {
  const vi = composeReport(fixedReportData(), officer, 'vi');
  const en = composeReport(fixedReportData(), officer, 'en');

  it('writes the header block and title of Decree 30/2020', () => {
    expect(vi.header).toEqual({
      parentAgency: 'UBND TỈNH NGHỆ AN',
      agency: 'SỞ CÔNG THƯƠNG',
      number: 'Số: …/BC-SCT',
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Nghệ An, ngày 07 tháng 6 năm 2023',
    });
    expect(vi.subtitle).toBe('Tình hình hoạt động ngành Công Thương tháng 5 và 5 tháng đầu năm 2023');
    expect(en.subtitle).toBe('Performance of the industry and trade sector in May and the first five months of 2023');
  });

  it('writes an estimated index with "ước" and a falling industry with "giảm"', () => {
    expect(paragraphs(vi, 'industry')).toEqual([
      'Chỉ số sản xuất công nghiệp tháng 5/2023 ước tăng 3,29% so với tháng trước và tăng 5,57% so với cùng kỳ năm 2022. Tính chung 5 tháng đầu năm 2023, chỉ số sản xuất công nghiệp ước tăng 1,62% so với cùng kỳ năm 2022.',
      'Chia theo ngành cấp I, chỉ số sản xuất 5 tháng đầu năm 2023 so với cùng kỳ năm 2022: khai khoáng tăng 5,2%; công nghiệp chế biến, chế tạo ước giảm 1,3%.',
      'Một số ngành cấp II có chỉ số 5 tháng đầu năm 2023 tăng cao so với cùng kỳ: sản xuất đồ uống ước tăng 25,3%. Một số ngành giảm: sản xuất kim loại ước giảm 10,2%.',
    ]);
  });

  it('writes retail as the press release did, exports falling, imports without a plan sentence', () => {
    const trade = paragraphs(vi, 'trade');
    expect(trade).toContain(
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5/2023 ước đạt 7.479 tỷ đồng, tăng 0,8% so với tháng trước và tăng 9,68% so với cùng kỳ năm 2022. Tính chung 5 tháng đầu năm 2023, ước đạt 36.539 tỷ đồng, tăng 9,63% so với cùng kỳ năm 2022, đạt 42,98% kế hoạch năm.',
    );
    expect(trade).toContain(
      'Kim ngạch xuất khẩu hàng hóa tháng 5/2023 đạt 190,5 triệu USD, tăng 2,1% so với tháng trước và giảm 5% so với cùng kỳ năm 2022. Tính chung 5 tháng đầu năm 2023, đạt 892,3 triệu USD, giảm 3,1% so với cùng kỳ năm 2022, đạt 35,69% kế hoạch năm.',
    );
    expect(trade).toContain(
      'Kim ngạch nhập khẩu hàng hóa tháng 5/2023 ước đạt 120 triệu USD, giảm 2,5% so với tháng trước và bằng cùng kỳ năm 2022. Tính chung 5 tháng đầu năm 2023, ước đạt 589 triệu USD, giảm 1,27% so với cùng kỳ năm 2022.',
    );
    expect(trade).toContain(
      'Chia theo thị trường, 5 tháng đầu năm 2023: Trung Quốc 400 triệu USD (chiếm 44,83%, tăng 3%); Hoa Kỳ 150 triệu USD (chiếm 16,81%, giảm 8,5%).',
    );
    expect(trade.join(' ')).not.toMatch(/tăng -|đạt 0%|NaN|undefined|null/);
    expect(paragraphs(vi, 'plan')).toContain('Chưa có kế hoạch năm 2023 cho: kim ngạch nhập khẩu hàng hóa.');
  });

  it('shows a reported aggregate beside the sum of its months in the notes', () => {
    expect(paragraphs(vi, 'notes')).toContain(
      'Kim ngạch xuất khẩu hàng hóa 5 tháng đầu năm 2023: số liệu công bố 892,3 triệu USD, tổng các tháng 890,1 triệu USD; báo cáo sử dụng số liệu công bố.',
    );
    expect(paragraphs(en, 'notes')).toContain(
      'Exports of goods, the first five months of 2023: reported 892.3 million USD, sum of the months 890.1 million USD; the report uses the reported figure.',
    );
    expect(paragraphs(vi, 'notes')[1]).toMatch(/^Số liệu ước tính \(ước\): chỉ số sản xuất công nghiệp tháng 5\/2023;/);
  });

  it('writes English in the same places', () => {
    expect(paragraphs(en, 'trade')).toContain(
      'Retail sales of goods and consumer services in May 2023 reached an estimated 7,479 billion VND, up 0.8% on the previous month and up 9.68% year on year. In the first five months of 2023 the total reached an estimated 36,539 billion VND, up 9.63% year on year, reaching 42.98% of the annual plan.',
    );
    expect(paragraphs(en, 'industry')[0]).toBe(
      'The industrial production index in May 2023 is estimated to be up 3.29% on the previous month and up 5.57% year on year. In the first five months of 2023 the industrial production index is estimated to be up 1.62% year on year.',
    );
  });

  it('keeps the officer’s text as paragraphs and lists, and marks empty sections', () => {
    expect(vi.sections.find((s) => s.key === 'difficulties')!.blocks).toEqual([
      { type: 'paragraph', text: 'Đơn hàng xuất khẩu giảm.' },
      { type: 'list', items: ['Giá nguyên liệu đầu vào tăng', 'Thiếu điện vào giờ cao điểm'] },
    ]);
    expect(vi.sections.find((s) => s.key === 'causes')!.blocks).toEqual([{ type: 'paragraph', text: '(Chuyên viên bổ sung nội dung.)' }]);
    expect(textBlocks('  \n\n ')).toEqual([]);
  });

  it('matches the golden text and Markdown in both languages', () => {
    golden('2023-05.vi.txt', renderTxt(vi));
    golden('2023-05.en.txt', renderTxt(en));
    golden('2023-05.vi.md', renderMd(vi));
  });
});

describe('the report written from fixed figures (December 2023)', () => {
  const vi = composeReport(fixedDecemberData(), officer, 'vi');

  it('writes a reported annual figure against the previous year, plan met, and both numbers in the notes', () => {
    expect(paragraphs(vi, 'trade')).toContain(
      'Kim ngạch xuất khẩu hàng hóa tháng 12/2023 ước đạt 262,4 triệu USD, tăng 4,4% so với tháng trước và tăng 16,2% so với cùng kỳ năm 2022. Tính chung cả năm 2023, đạt 2.870 triệu USD, tăng 13,03% so với năm 2022, đạt 114,8% kế hoạch năm.',
    );
    expect(paragraphs(vi, 'plan')[0]).toBe(
      'Kim ngạch xuất khẩu hàng hóa: cả năm 2023 đạt 114,8% kế hoạch năm (2.500 triệu USD), cao hơn kịch bản tăng trưởng 14,8 điểm phần trăm (đúng tiến độ). Chỉ tiêu đã hoàn thành kế hoạch năm.',
    );
    expect(paragraphs(vi, 'notes')).toContain(
      'Kim ngạch xuất khẩu hàng hóa cả năm 2023: số liệu công bố 2.870 triệu USD, tổng các tháng 2.855,4 triệu USD; báo cáo sử dụng số liệu công bố.',
    );
    expect(paragraphs(vi, 'notes')).toContain('Số liệu sơ bộ: kim ngạch xuất khẩu hàng hóa cả năm 2023.');
    expect(vi.subtitle).toBe('Tình hình hoạt động ngành Công Thương tháng 12 và cả năm 2023');
  });

  it('matches the golden text', () => {
    golden('2023-12.vi.txt', renderTxt(vi));
    golden('2023-12.en.txt', renderTxt(composeReport(fixedDecemberData(), officer, 'en')));
  });
});
