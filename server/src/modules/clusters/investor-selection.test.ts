import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { makeCluster, makeEnterprise, makeTenant } from './clusters.factories';
import { addInfrastructure } from './infrastructure.service';
import { expansionEligibility } from './expansion.rules';
import { equityMet, totalScore } from './investor-selection.rules';

describe('investor selection (groups 15/15/30/40, pass mark 50, equity ≥ 15 %) and expansion (≥ 60 %, shared infrastructure)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let investorTax: string;
  let tenantTax: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    investorTax = (await makeEnterprise(t.db, '40', { name: 'Công ty Hạ tầng Chấm điểm' })).taxCode;
    tenantTax = (await makeEnterprise(t.db, '40', { name: 'Công ty Thuê đất' })).taxCode;
  });
  afterAll(() => t.close());

  const put = (clusterId: string, body: Record<string, unknown>) =>
    officer.json('PUT', `/api/provinces/40/clusters/${clusterId}/investor`, {
      taxCode: investorTax,
      groupScores: { group1: 10, group2: 10, group3: 10, group4: 20 },
      ownerEquity: 48,
      totalInvestment: 320,
      disbursedInvestment: 0,
      ...body,
    });

  it('computes the total from the groups without float drift, and compares the equity exactly', () => {
    expect(totalScore({ group1: 14.7, group2: 14.6, group3: 0.1, group4: 0.2 })).toBe(29.6);
    expect(equityMet(48, 320)).toBe(true);
    expect(equityMet(47.9, 320)).toBe(false);
  });

  it('refuses a total of 49.5 and accepts exactly 50, returning the computed total as selectionScore', async () => {
    const c = (await makeCluster(t.db, { stages: 2 })).id;
    const low = await put(c, { groupScores: { group1: 10, group2: 10, group3: 10, group4: 19.5 } });
    expect(low.status).toBe(409);
    expect(low.body.error.details.fields).toEqual([
      expect.objectContaining({
        path: 'body.groupScores',
        code: 'below_pass_mark',
        values: { total: 49.5, passMark: 50 },
        messageVi: 'Tổng điểm 49,5 dưới mức đạt 50 điểm: nhà đầu tư không được lựa chọn',
      }),
    ]);
    expect(low.body.error.message).toContain('total score of 49.5 is below the pass mark of 50');
    const ok = await put(c, {});
    expect(ok.status).toBe(200);
    expect(ok.body.current).toMatchObject({
      selectionScore: 50,
      groupScores: { group1: 10, group2: 10, group3: 10, group4: 20 },
      passed: true,
      ownerEquity: 48,
      totalInvestment: 320,
      equityPercent: 15,
      equityMet: true,
    });
  });

  it('refuses equity of 47.9 of 320 (below 15 %) and says the numbers in Vietnamese and English', async () => {
    const c = (await makeCluster(t.db, { stages: 2 })).id;
    const res = await put(c, { ownerEquity: 47.9 });
    expect(res.status).toBe(409);
    const [field] = res.body.error.details.fields;
    expect(field).toMatchObject({
      path: 'body.ownerEquity',
      code: 'equity_below_minimum',
      values: { equity: 47.9, investment: 320, percent: 14.97, minimumPercent: 15 },
    });
    expect(field.messageVi).toBe('Vốn chủ sở hữu 47,9 tỷ đồng = 14,97% tổng vốn đầu tư 320 tỷ đồng, dưới mức 15%');
    expect(field.message).toBe("Owner's equity of 47.9 billion VND = 14.97% of the total investment of 320 billion VND, below 15%");
    const example = await put(c, { ownerEquity: 40 });
    expect(example.body.error.details.fields[0].messageVi).toBe('Vốn chủ sở hữu 40 tỷ đồng = 12,5% tổng vốn đầu tư 320 tỷ đồng, dưới mức 15%');
    const both = await put(c, { ownerEquity: 40, groupScores: { group1: 0, group2: 0, group3: 0, group4: 0 } });
    expect(both.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(['body.groupScores', 'body.ownerEquity']);
    expect((await officer.json('GET', `/api/provinces/40/clusters/${c}`)).body.investor.current).toBeNull();
  });

  it('refuses a group scored over its weight, in the request and in the service', async () => {
    const c = (await makeCluster(t.db, { stages: 2 })).id;
    const res = await put(c, { groupScores: { group1: 10, group2: 10, group3: 30.5, group4: 20 } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(['body.groupScores.group3']);
    const { setInvestor } = await import('./investors.service');
    await expect(
      setInvestor(t.db, null, '40', c, {
        taxCode: investorTax,
        groupScores: { group1: 16, group2: 10, group3: 20, group4: 20 },
        ownerEquity: 50,
        totalInvestment: 100,
        disbursedInvestment: 0,
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: { fields: [expect.objectContaining({ path: 'body.groupScores.group1', code: 'group_over_weight' })] },
    });
  });

  it('still reads facts recorded with a total score only (appended before the groups were kept)', async () => {
    const c = (await makeCluster(t.db, { stages: 2 })).id;
    await t.db
      .insertInto('cluster_investor')
      .values({
        cluster_id: c,
        province_code: '40',
        enterprise_tax_code: investorTax,
        selection_score: 72,
        total_investment: 150,
        disbursed_investment: 10,
        recorded_by: 'old',
      })
      .execute();
    const page = await officer.json('GET', `/api/provinces/40/clusters/${c}`);
    expect(page.status).toBe(200);
    expect(page.body.investor.current).toMatchObject({
      selectionScore: 72,
      passed: true,
      groupScores: null,
      ownerEquity: null,
      equityPercent: null,
      equityMet: null,
    });
    expect(page.body.investor.current).toMatchObject({ selectionScore: 72, totalInvestment: 150 });
    await put(c, { groupScores: { group1: 15, group2: 15, group3: 30, group4: 40 } });
    const after = await officer.json('GET', `/api/provinces/40/clusters/${c}`);
    expect(after.body.investor.history.map((h: { selectionScore: number; groupScores: unknown }) => [h.selectionScore, h.groupScores === null])).toEqual([
      [72, true],
      [100, false],
    ]);
    await expect(
      t.db
        .insertInto('cluster_investor')
        .values({
          cluster_id: c,
          province_code: '40',
          enterprise_tax_code: investorTax,
          selection_score: 90,
          score_group_1: 15,
          score_group_2: 15,
          score_group_3: 30,
          score_group_4: 20,
          recorded_by: 'x',
        })
        .execute(),
    ).rejects.toThrow();
  });

  describe('expansion eligibility on the cluster page', () => {
    const page = async (c: string) => (await officer.json('GET', `/api/provinces/40/clusters/${c}`)).body;

    it('is eligible at exactly 60 % occupancy with an operating wastewater plant, and not at 59.9 %', async () => {
      const c = (await makeCluster(t.db, { stages: 6, land: [120, 100] })).id;
      await addInfrastructure(t.db, null, '40', c, {
        kind: 'wastewater_plant',
        name: 'Trạm XLNT',
        capacity: 1500,
        unit: 'm3/day',
        status: 'operating',
        meetsStandard: true,
      });
      const tenant = await makeTenant(t.db, c, tenantTax, { leasedAreaHa: 59.9 });
      expect((await page(c)).expansion).toEqual({
        eligible: false,
        occupancyPercent: 59.9,
        minimumOccupancyPercent: 60,
        sharedInfrastructureOperating: true,
        reasons: [expect.objectContaining({ code: 'occupancy_below_minimum', values: { occupancyPercent: 59.9, minimumPercent: 60 } })],
      });
      await officer.json('PUT', `/api/provinces/40/clusters/${c}/tenants/${tenant.id}`, {
        taxCode: tenantTax,
        projectName: 'Dự án thử',
        leasedAreaHa: 60,
        registeredCapital: 10,
        disbursedCapital: 5,
        workers: 100,
        status: 'operating',
        signedOn: '2019-06-01',
        operatingFrom: '2020-01-01',
      });
      expect((await page(c)).expansion).toMatchObject({ eligible: true, occupancyPercent: 60, sharedInfrastructureOperating: true, reasons: [] });
    });

    it('is not eligible at 60 % while the wastewater plant is under construction, or without one', async () => {
      const c = (await makeCluster(t.db, { stages: 5, land: [100, 50] })).id;
      await makeTenant(t.db, c, tenantTax, { leasedAreaHa: 40 });
      expect((await page(c)).expansion).toMatchObject({
        eligible: false,
        occupancyPercent: 80,
        sharedInfrastructureOperating: false,
        reasons: [{ code: 'no_wastewater_plant' }],
      });
      await addInfrastructure(t.db, null, '40', c, {
        kind: 'wastewater_plant',
        name: 'Trạm XLNT',
        capacity: 800,
        unit: 'm3/day',
        status: 'under_construction',
      });
      expect((await page(c)).expansion.reasons).toEqual([
        expect.objectContaining({ code: 'wastewater_plant_not_operating', values: { status: 'under_construction' } }),
      ]);
    });

    it('explains a cluster without industrial land', () => {
      expect(expansionEligibility({ landIndustrialHa: null, leasedHa: 0, occupancyPercent: null, infrastructure: [] }).reasons.map((r) => r.code)).toEqual([
        'no_industrial_land',
        'no_wastewater_plant',
      ]);
    });
  });
});
