import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db';
import type { DatabaseHandle } from '../../database';
import { DEMO_TAX_CODES, seedEnterprisesDemo } from '../enterprises';
import { seedClustersDemo } from './clusters.demo';
import { listClusterFigures } from './rollups.repository';
import { roundBoard } from './board.service';
import { previewForm04 } from './forms.compile';
import { clusterIndicators } from './indicators.feed';

describe('the demo registry of Nghệ An', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await seedEnterprisesDemo(h.db);
    expect(await seedClustersDemo(h.db)).toEqual({ clusters: 9, tenants: 23 });
  }, 120_000);
  afterAll(() => h.close());

  it('holds clusters in every stage, all marked demo', async () => {
    const clusters = await listClusterFigures(h.db, { provinces: ['40'] }, '2026-11-22');
    expect(clusters.every((c) => c.demo)).toBe(true);
    expect(new Set(clusters.map((c) => c.stage))).toEqual(
      new Set(['in_plan', 'establishment_decision', 'detailed_plan_1_500', 'land_clearance', 'infrastructure', 'operating']),
    );
    expect(clusters.find((c) => c.code === 'CCN-40-001')).toMatchObject({ occupancyPercent: 62.5, tenantCount: 6, leasedHa: 22 });
  });

  it('has the 2026 year round in progress with some forms in and some not, and a complete, consistent 2026-H1', async () => {
    const board = await roundBoard(h.db, '40', '2026', '2026-11-22');
    const f01 = board.summary.find((s) => s.form === '01')!;
    expect(f01.submitted).toBeGreaterThan(0);
    expect(f01.due).toBeGreaterThan(0);
    expect(board.items.find((r) => r.form === '01' && r.subjectId === DEMO_TAX_CODES.reporter)?.status).toBe('due');
    const h1 = await previewForm04(h.db, '40', '2026-H1');
    expect(h1.missingCommunes).toEqual([]);
    expect(h1.checks.every((c) => c.pass)).toBe(true);
  });

  it('feeds the indicators from the registry', async () => {
    const figures = await clusterIndicators(h.db, '40', '2026-11-22');
    expect(figures.CCN_TENANTS).toBe(22);
    expect(figures.CCN_OCCUPANCY).toBeGreaterThan(50);
  });
});
