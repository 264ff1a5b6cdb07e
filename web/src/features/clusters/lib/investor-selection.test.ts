import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import '../i18n';
import { equityMet, equityPercent, selectionMessages, totalScore } from './investor-selection';

describe('investor selection in the form', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('vi');
  });

  it('sums the groups without float drift, and only when all four are given', () => {
    expect(totalScore({ group1: 14.7, group2: 14.6, group3: 0.1, group4: 0.2 })).toBe(29.6);
    expect(totalScore({ group1: 10, group2: 10, group3: 10 })).toBeNull();
  });

  it('puts the boundaries exactly at 50 points and 15 %', () => {
    expect(equityMet(48, 320)).toBe(true);
    expect(equityMet(47.9, 320)).toBe(false);
    expect(equityPercent(40, 320)).toBe(12.5);
    const groups = { group1: 10, group2: 10, group3: 10, group4: 20 };
    expect(selectionMessages(groups, 48, 320)).toEqual({});
    expect(selectionMessages({ ...groups, group4: 19.5 }, 48, 320)).toEqual({
      groupScores: 'Tổng điểm 49,5 dưới mức đạt 50 điểm: nhà đầu tư không được lựa chọn.',
    });
    expect(selectionMessages(groups, 40, 320)).toEqual({ ownerEquity: 'Vốn chủ sở hữu 40 tỷ đồng = 12,5% tổng vốn đầu tư 320 tỷ đồng, dưới mức 15%.' });
    expect(selectionMessages({ ...groups, group3: 31 }, 48, 320)).toEqual({ 'groupScores.group3': 'Tối đa 30 điểm.' });
  });
});
