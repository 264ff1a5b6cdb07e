import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../database';
import { createTestDatabase } from '../../test/db';
import { loadFigureBatch } from './figures.batch';
import { computeFigures } from './figures.service';
import { figureHistories, figureHistory } from './figures.history-batch';
import { seedDemoFigures } from './indicators.demo';

const INDICATORS = ['IIP', 'RETAIL', 'EXPORT', 'IMPORT', 'TRADE_BALANCE'];

describe('a figure batch', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await seedDemoFigures(h.db);
  }, 120_000);
  afterAll(() => h.close());

  it('answers as computeFigures does, for several units, periods, categories, as of a time and latest', async () => {
    const orgunits = ['40', '19'];
    const questions = [
      { indicators: INDICATORS, period: '2023-05', category: null },
      { indicators: INDICATORS, period: '2023-01/2023-05', category: null },
      { indicators: ['RETAIL', 'IMPORT'], period: '2023-Q1', category: null },
      { indicators: ['EXPORT', 'IMPORT'], period: '2025-06', category: 'm_cn' },
      { indicators: ['IIP'], period: '2025-01/2025-06', category: 'C' },
    ];
    for (const asOf of [new Date('2023-06-07T17:00:00+07:00'), null]) {
      const batch = await loadFigureBatch(h.db, { orgunits, indicators: INDICATORS, years: [2023, 2025], categories: [null, 'm_cn', 'C'], asOf });
      for (const q of questions) expect(batch(q), `${q.period} ${q.category}`).toStrictEqual(await computeFigures(h.db, { ...q, orgunits, asOf }));
    }
  });

  it('refuses a question outside what it loaded, and unknown indicators as the endpoint does', async () => {
    const batch = await loadFigureBatch(h.db, { orgunits: ['40'], indicators: ['RETAIL'], years: [2023], categories: [null] });
    expect(() => batch({ indicators: ['EXPORT'], period: '2023-05' })).toThrow(/indicator EXPORT outside/);
    expect(() => batch({ indicators: ['RETAIL'], period: '2024-05' })).toThrow(/year 2024 outside/);
    expect(() => batch({ indicators: ['RETAIL'], period: '2023-05', category: 'goods' })).toThrow(/category goods outside/);
    await expect(loadFigureBatch(h.db, { orgunits: ['40'], indicators: ['NOPE'], years: [2023], categories: [null] })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('reads several figure histories with one catalogue load, each as it is read alone', async () => {
    const queries = [
      { indicator: 'RETAIL', orgunit: '40', period: '2023-05' },
      { indicator: 'RETAIL', orgunit: '40', period: '2023-01/2023-05' },
      { indicator: 'IIP', orgunit: '40', period: '2023-05', base: 'prev_month' as const },
      { indicator: 'EXPORT', orgunit: '19', period: '2025-03' },
      { indicator: 'IMPORT', orgunit: '40', period: '2019-01', category: 'm_cn' },
    ];
    const batched = await figureHistories(h.db, queries);
    expect(batched.some((b) => b.items.length > 1)).toBe(true);
    for (const [i, q] of queries.entries()) expect(batched[i]).toStrictEqual(await figureHistory(h.db, q));
  });
});
