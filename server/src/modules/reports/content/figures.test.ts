import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../database';
import { createTestDatabase } from '../../../test/db';
import { saveFigure, seedDemoFigures } from '../../indicators';
import { reportCatalogue } from './collect';
import { batchedCompute, gatherReportFigures, unbatchedCompute, type FiguresScope } from './figures';

const PRESS_CUTOFF = new Date('2023-06-07T17:00:00+07:00');

/** The demo has no breakdowns: some for Nghệ An's 2022 and 2023 (flows, an index, a shared market code), then revised. */
const BREAKDOWN = [
  { indicator: 'EXPORT', category: 'm_cn', level: 100 },
  { indicator: 'IMPORT', category: 'm_cn', level: 60 },
  { indicator: 'RETAIL', category: 'goods', level: 5000 },
  { indicator: 'IND_OUTPUT', category: 'own_fdi', level: 900 },
  { indicator: 'IIP', category: 'C', level: 104 },
];

async function saveBreakdowns(db: DatabaseHandle['db'], factor: number) {
  for (const b of BREAKDOWN)
    for (const year of [2022, 2023])
      for (let m = 1; m <= (year === 2023 ? 5 : 12); m++) {
        const value = b.indicator === 'IIP' ? b.level + m / 10 : Math.round(b.level * factor * (1 + m / 20) * (year === 2023 ? 1.07 : 1) * 10) / 10;
        const period = `${year}-${String(m).padStart(2, '0')}`;
        await saveFigure(db, null, {
          indicator: b.indicator,
          orgunit: '40',
          category: b.category,
          period,
          value,
          status: 'official',
          sourceKind: 'api',
          reason: 'test',
        });
      }
}

/** The report's figures read in one batch equal, to the digit, those of one computeFigures call per question. */
describe('the monthly report reads its figures in one batch (demo data)', () => {
  let h: DatabaseHandle;
  let scopeOf: (orgunit: string, period: string, cutoff: Date) => FiguresScope;
  let between: Date;

  beforeAll(async () => {
    h = await createTestDatabase();
    await seedDemoFigures(h.db);
    await saveBreakdowns(h.db, 1);
    between = new Date();
    await saveBreakdowns(h.db, 1.1);
    const { indicators, categories } = await reportCatalogue(h.db);
    scopeOf = (orgunit, period, cutoff) => ({
      orgunit,
      year: Number(period.slice(0, 4)),
      month: Number(period.slice(5, 7)),
      codes: indicators.map((i) => i.code),
      categories,
      cutoff,
    });
  }, 120_000);
  afterAll(() => h.close());

  const both = async (s: FiguresScope) => ({
    batched: await gatherReportFigures(await batchedCompute(h.db, s), s),
    unbatched: await gatherReportFigures(unbatchedCompute(h.db, s), s),
  });

  it('as of 7 June 2023 (Nghệ An, May 2023: the press release)', async () => {
    const { batched, unbatched } = await both(scopeOf('40', '2023-05', PRESS_CUTOFF));
    expect(batched).toStrictEqual(unbatched);
    expect(batched.ytd.find((f) => f.indicator === 'RETAIL')).toMatchObject({ value: 36539, status: 'estimate' });
  });

  it('with breakdowns, as of a cut-off between two vintages and latest', async () => {
    const asOf = await both(scopeOf('40', '2023-05', between));
    const latest = await both(scopeOf('40', '2023-05', new Date()));
    expect(asOf.batched).toStrictEqual(asOf.unbatched);
    expect(latest.batched).toStrictEqual(latest.unbatched);
    const exportCn = (r: typeof asOf.batched) => r.byCategoryYtd.find((f) => f.indicator === 'EXPORT' && f.category === 'm_cn');
    expect(exportCn(asOf.batched)?.yoyPercent).toBeCloseTo(7, 1);
    expect(exportCn(latest.batched)!.value! / exportCn(asOf.batched)!.value!).toBeCloseTo(1.1, 3);
    expect(latest.batched.byCategory.filter((f) => f.value !== null)).toHaveLength(BREAKDOWN.length);
  });

  it('with the latest figures, for a month of 2023, last month, and January', async () => {
    const now = new Date();
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    for (const period of ['2023-05', last, `${last.slice(0, 4)}-01`]) {
      const { batched, unbatched } = await both(scopeOf('40', period, now));
      expect(batched, period).toStrictEqual(unbatched);
      expect(batched.months.flat().some((f) => f.value !== null)).toBe(true);
    }
  });

  it('for a province formed by a merger, before and after it (Thái Nguyên, 2025)', async () => {
    for (const period of ['2025-05', '2025-09']) {
      const { batched, unbatched } = await both(scopeOf('19', period, new Date()));
      expect(batched, period).toStrictEqual(unbatched);
    }
  });
});
