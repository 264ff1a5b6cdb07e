import { describe, expect, it } from 'vitest';
import { balanceSentence, changeClause, flowSentence, indexSentence, planClause, planSentence, requiredGrowthSentence, yearEndSentence } from './phrases';

const retail = { name: 'Tổng mức bán lẻ hàng hóa', decimals: 0, unit: 'tỷ đồng', yoyYear: 2022 };

describe('change clauses', () => {
  it('says "ước tăng" for an estimate and "tăng" otherwise', () => {
    expect(changeClause(1.62, { kind: 'yoy', year: 2022 }, 'vi', { estimate: true })).toBe('ước tăng 1,62% so với cùng kỳ năm 2022');
    expect(changeClause(9.6313, { kind: 'yoy', year: 2022 }, 'vi')).toBe('tăng 9,63% so với cùng kỳ năm 2022');
  });
  it('says "giảm 3,1%", never "tăng -3,1%"', () => {
    expect(changeClause(-3.0952, { kind: 'yoy', year: 2022 }, 'vi')).toBe('giảm 3,1% so với cùng kỳ năm 2022');
    expect(changeClause(-3.0952, { kind: 'yoy', year: 2022 }, 'vi', { estimate: true })).toBe('ước giảm 3,1% so với cùng kỳ năm 2022');
    expect(changeClause(-3.0952, { kind: 'yoy', year: 2022 }, 'en')).toBe('down 3.1% year on year');
  });
  it('calls a change that rounds to zero no change', () => {
    expect(changeClause(-0.004, { kind: 'yoy', year: 2022 }, 'vi')).toBe('bằng cùng kỳ năm 2022');
    expect(changeClause(0.001, { kind: 'mom' }, 'en')).toBe('unchanged from the previous month');
  });
  it('compares a whole year with the previous year, not "cùng kỳ"', () => {
    expect(changeClause(13.03, { kind: 'yoy', year: 2022, wholeYear: true }, 'vi')).toBe('tăng 13,03% so với năm 2022');
  });
  it('writes no percent-of-plan clause without a plan', () => {
    expect(planClause(null, 'vi')).toBe('');
    expect(planClause(42.9799, 'vi')).toBe(', đạt 42,98% kế hoạch năm');
    expect(planClause(42.9799, 'en')).toBe(', reaching 42.98% of the annual plan');
  });
});

describe('sentences', () => {
  it('writes the press-release sentence for retail', () => {
    expect(
      flowSentence(
        { ...retail, periodText: '5 tháng đầu năm 2023', value: 36539, status: 'estimate', yoy: 9.6313, planPercent: 42.9799, subject: 'full' },
        'vi',
      ),
    ).toBe('Tổng mức bán lẻ hàng hóa 5 tháng đầu năm 2023 ước đạt 36.539 tỷ đồng, tăng 9,63% so với cùng kỳ năm 2022, đạt 42,98% kế hoạch năm.');
    expect(
      flowSentence(
        {
          ...retail,
          name: 'Retail sales of goods',
          unit: 'billion VND',
          periodText: 'the first five months of 2023',
          value: 36539,
          status: 'estimate',
          yoy: 9.6313,
          planPercent: 42.9799,
          subject: 'full',
        },
        'en',
      ),
    ).toBe(
      'Retail sales of goods in the first five months of 2023 reached an estimated 36,539 billion VND, up 9.63% year on year, reaching 42.98% of the annual plan.',
    );
  });
  it('continues with "Tính chung" after the month', () => {
    expect(flowSentence({ ...retail, periodText: '5 tháng đầu năm 2023', value: 36539, status: 'official', yoy: 9.6313, subject: 'continuation' }, 'vi')).toBe(
      'Tính chung 5 tháng đầu năm 2023, đạt 36.539 tỷ đồng, tăng 9,63% so với cùng kỳ năm 2022.',
    );
  });
  it('puts "ước" once on an estimated index', () => {
    expect(
      indexSentence(
        { name: 'Chỉ số sản xuất công nghiệp', periodText: 'tháng 5/2023', status: 'estimate', mom: 3.29, yoy: 5.57, yoyYear: 2022, subject: 'full' },
        'vi',
      ),
    ).toBe('Chỉ số sản xuất công nghiệp tháng 5/2023 ước tăng 3,29% so với tháng trước và tăng 5,57% so với cùng kỳ năm 2022.');
    expect(
      indexSentence(
        { name: 'Industrial production index', periodText: 'May 2023', status: 'official', mom: -0.92, yoy: 11.22, yoyYear: 2022, subject: 'full' },
        'en',
      ),
    ).toBe('The industrial production index in May 2023 was down 0.92% on the previous month and up 11.22% year on year.');
    expect(indexSentence({ name: 'X', periodText: 'tháng 5/2023', status: null, yoyYear: 2022, subject: 'full' }, 'vi')).toBeNull();
  });
  it('words the trade balance as a surplus or a deficit', () => {
    expect(balanceSentence({ periodText: '5 tháng đầu năm 2023', value: 303.3, decimals: 1, unit: 'triệu USD', status: 'estimate' }, 'vi')).toBe(
      'Cán cân thương mại 5 tháng đầu năm 2023 ước xuất siêu 303,3 triệu USD.',
    );
    expect(balanceSentence({ periodText: 'May 2023', value: -12.25, decimals: 1, unit: 'million USD', status: 'official' }, 'en')).toBe(
      'The trade balance for May 2023 showed a deficit of 12.3 million USD.',
    );
  });
  it('words plan progress, required growth and both year-end estimates', () => {
    expect(
      planSentence(
        {
          name: 'Xuất khẩu',
          ytdText: '5 tháng đầu năm 2023',
          planPercent: 35.692,
          plan: 2500,
          decimals: 1,
          unit: 'triệu USD',
          gapPoints: -4.708,
          warning: 'watch',
        },
        'vi',
      ),
    ).toBe('Xuất khẩu: 5 tháng đầu năm 2023 đạt 35,69% kế hoạch năm (2.500 triệu USD), thấp hơn kịch bản tăng trưởng 4,71 điểm phần trăm (cần theo dõi).');
    expect(requiredGrowthSentence({ remainingMonths: 7, percent: 23.456, planPercent: 35.69, lastYear: 2022 }, 'vi')).toBe(
      'Để hoàn thành kế hoạch năm, 7 tháng còn lại cần tăng 23,46% so với cùng kỳ năm 2022.',
    );
    expect(requiredGrowthSentence({ remainingMonths: 7, percent: -4.75, planPercent: 39.27, lastYear: 2022 }, 'vi')).toBe(
      'Để hoàn thành kế hoạch năm, 7 tháng còn lại chỉ cần đạt 95,25% so với cùng kỳ năm 2022.',
    );
    expect(requiredGrowthSentence({ remainingMonths: 1, percent: 5, planPercent: 90, lastYear: 2022 }, 'en')).toBe(
      'To meet the annual plan, the remaining month needs to grow 5% year on year.',
    );
    expect(requiredGrowthSentence({ remainingMonths: 3, percent: -20, planPercent: 100.004, lastYear: 2022 }, 'vi')).toBe(
      'Chỉ tiêu đã hoàn thành kế hoạch năm.',
    );
    expect(yearEndSentence({ year: 2023, base: 87693.6, seasonal: 88502.44, plan: 85014, decimals: 0, unit: 'tỷ đồng' }, 'vi')).toBe(
      'Dự ước cả năm 2023: phương án cơ sở (bình quân các tháng đã qua) 87.694 tỷ đồng, bằng 103,15% kế hoạch; phương án mùa vụ (theo cơ cấu các tháng năm 2022) 88.502 tỷ đồng, bằng 104,1% kế hoạch.',
    );
    expect(yearEndSentence({ year: 2023, base: 2141.52, seasonal: null, plan: null, decimals: 1, unit: 'million USD' }, 'en')).toBe(
      'Year-end estimate for 2023: base case (the average month so far continues) 2,141.5 million USD.',
    );
  });
});
