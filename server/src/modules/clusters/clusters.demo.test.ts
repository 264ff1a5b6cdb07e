import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db';
import type { DatabaseHandle } from '../../database';
import { DEMO_TAX_CODES, seedEnterprisesDemo } from '../enterprises';
import { seedClustersDemo } from './clusters.demo';
import { listClusterFigures } from './rollups.repository';
import { roundBoard } from './board.service';
import { previewForm04 } from './forms.compile';
import { clusterIndicators } from './indicators.feed';
import { getClusterPage } from './cluster-page.service';

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

  it('shows the investors with group scores and equity, and both expansion verdicts', async () => {
    const officer = { userId: 'u', username: 'officer', role: 'officer', scope: ['40'] } as unknown as Parameters<typeof getClusterPage>[1];
    const clusters = await listClusterFigures(h.db, { provinces: ['40'] }, '2026-11-22');
    const pages = await Promise.all(clusters.map((c) => getClusterPage(h.db, officer, '40', c.id)));
    const withInvestor = pages.filter((p) => p.investor.current);
    expect(withInvestor.length).toBe(7);
    expect(withInvestor.every((p) => p.investor.current!.groupScores !== null && p.investor.current!.equityMet === true)).toBe(true);
    const first = pages.find((p) => p.code === 'CCN-40-001')!;
    expect(first.investor.current).toMatchObject({
      selectionScore: 82,
      groupScores: { group1: 13, group2: 12.5, group3: 25, group4: 31.5 },
      equityPercent: 20,
    });
    expect(pages.filter((p) => p.expansion.eligible).map((p) => p.code)).toEqual(['CCN-40-001']);
  });

  it('feeds the indicators from the registry', async () => {
    const figures = await clusterIndicators(h.db, '40', '2026-11-22');
    expect(figures.CCN_TENANTS).toBe(22);
    expect(figures.CCN_OCCUPANCY).toBeGreaterThan(50);
  });
});
