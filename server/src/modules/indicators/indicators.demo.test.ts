import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db';
import type { DatabaseHandle } from '../../database';
import { seedDemoFigures } from './indicators.demo';
import { computeFigures } from './figures.service';

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

describe('the demo figures', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await seedDemoFigures(h.db);
  });
  afterAll(() => h.close());

  it('reproduce, as of 7 June 2023, the figures the Nghệ An press release quoted', async () => {
    const asOf = new Date('2023-06-07T17:00:00+07:00');
    const items = await computeFigures(h.db, { indicators: ['RETAIL', 'EXPORT', 'IMPORT', 'IIP'], orgunits: ['40'], period: '2023-01/2023-05', asOf });
    const by = (code: string) => items.find((i) => i.indicator === code)!;
    expect(by('RETAIL').value).toBe(36539);
    expect(round2(by('RETAIL').yoyPercent)).toBe(9.63);
    expect(round2(by('RETAIL').planPercent)).toBe(42.98);
    expect(by('RETAIL').status).toBe('estimate');
    expect(by('EXPORT').value).toBeCloseTo(892.3, 6);
    expect(round2(by('EXPORT').yoyPercent)).toBe(-3.1);
    expect(by('IMPORT').value).toBeCloseTo(589, 6);
    expect(round2(by('IMPORT').yoyPercent)).toBe(-1.27);
    expect(round2(by('IMPORT').planPercent)).toBe(39.27);
    expect(round2(by('IIP').yoyPercent)).toBe(1.62);
  });

  it('later revisions change the 2023 figures, and the earlier vintage stays readable', async () => {
    const [now] = await computeFigures(h.db, { indicators: ['RETAIL'], orgunits: ['40'], period: '2023-01/2023-05' });
    expect(now!.status).toBe('official');
    expect(now!.value).not.toBe(36539);
  });

  it('gives Thái Nguyên figures before the merger as the sum of Thái Nguyên and Bắc Kạn', async () => {
    const [tn] = await computeFigures(h.db, { indicators: ['RETAIL'], orgunits: ['19'], period: '2024-05' });
    const parts = await computeFigures(h.db, { indicators: ['RETAIL'], orgunits: ['19@2024-05-01', '06@2024-05-01'], period: '2024-05' });
    expect(tn!.value).toBeCloseTo(parts[0]!.value! + parts[1]!.value!, 6);
    expect(tn!.mergedFrom).toHaveLength(2);
  });
});
