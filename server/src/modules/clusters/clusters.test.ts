import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { makeCluster, makeEnterprise, makeTenant } from './clusters.factories';
import { clusterIndicators } from './indicators.feed';

describe('the cluster registry API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let investorTax: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    investorTax = (await makeEnterprise(t.db, '40', { name: 'Công ty Hạ tầng Thử' })).taxCode;
  });
  afterAll(() => t.close());

  describe('stages', () => {
    it('refuses a stage before its predecessor with a conflict that names both', async () => {
      const c = await makeCluster(t.db);
      const res = await officer.json('POST', `/api/provinces/40/clusters/${c.id}/stages`, {
        stage: 'detailed_plan_1_500',
        documentNo: '12/QĐ-UBND',
        documentDate: '2024-03-01',
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'conflict', message: '"Detailed 1/500 plan" cannot be recorded before "Establishment decision"' });
    });

    it('appends facts in order, and a correction keeps the original in the history', async () => {
      const c = await makeCluster(t.db, { stages: 1 });
      const ok = await officer.json('POST', `/api/provinces/40/clusters/${c.id}/stages`, {
        stage: 'establishment_decision',
        documentNo: '3465/QĐ-UBND',
        documentDate: '2017-08-15',
        basis: 'Nghị định 32/2024/NĐ-CP',
      });
      expect(ok.status).toBe(200);
      expect(ok.body.latest).toBe('establishment_decision');
      const wrongId = ok.body.facts[1].id;
      const again = await officer.json('POST', `/api/provinces/40/clusters/${c.id}/stages`, {
        stage: 'establishment_decision',
        documentNo: '3645/QĐ-UBND',
        documentDate: '2017-08-15',
      });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain(`append a correction referencing fact ${wrongId}`);
      const fixed = await officer.json('POST', `/api/provinces/40/clusters/${c.id}/stages`, {
        stage: 'establishment_decision',
        documentNo: '3645/QĐ-UBND',
        documentDate: '2017-08-15',
        correctsId: wrongId,
      });
      expect(fixed.body.facts.map((f: { documentNo: string; inForce: boolean }) => [f.documentNo, f.inForce])).toEqual([
        ['1/QĐ-UBND', true],
        ['3465/QĐ-UBND', false],
        ['3645/QĐ-UBND', true],
      ]);
      expect(fixed.body.facts[1].correctedBy).toBe(fixed.body.facts[2].id);
    });

    it('never lets the database rewrite or delete a stage fact', async () => {
      const c = await makeCluster(t.db, { stages: 1 });
      await expect(sql`update cluster_stage set document_no = 'x' where cluster_id = ${c.id}`.execute(t.db)).rejects.toThrow(/appended, never changed/);
      await expect(sql`delete from cluster_stage where cluster_id = ${c.id}`.execute(t.db)).rejects.toThrow(/appended, never changed/);
    });
  });

  describe('occupancy and roll-ups', () => {
    let a: string;
    beforeAll(async () => {
      const e = await Promise.all([1, 2, 3, 4, 5, 6].map(() => makeEnterprise(t.db)));
      const fdi = await makeEnterprise(t.db, '40', { ownership: 'fdi' });
      a = (
        await makeCluster(t.db, { commune: ['17001', 'Xã Roll'], stages: 6, land: [48, 35.2], investor: { taxCode: investorTax, total: 210, disbursed: 205 } })
      ).id;
      await makeTenant(t.db, a, e[0]!.taxCode, { leasedAreaHa: 4.5, workers: 850, registeredCapital: 85, disbursedCapital: 80 });
      await makeTenant(t.db, a, fdi.taxCode, { leasedAreaHa: 6.8, workers: 1200, registeredCapital: 420, disbursedCapital: 390 });
      await makeTenant(t.db, a, e[1]!.taxCode, { leasedAreaHa: 2.1, workers: 160, status: 'investing', operatingFrom: null });
      await makeTenant(t.db, a, e[2]!.taxCode, { leasedAreaHa: 3, workers: 0, status: 'stopped', stoppedOn: '2025-08-31' });
      const b = (await makeCluster(t.db, { commune: ['17001', 'Xã Roll'], stages: 6, land: [60, 42] })).id;
      await makeTenant(t.db, b, e[3]!.taxCode, { leasedAreaHa: 31, workers: 3000 });
      const c = (await makeCluster(t.db, { commune: ['17002', 'Xã Khác'], stages: 3, land: [25, 20] })).id;
      await makeTenant(t.db, c, e[4]!.taxCode, { leasedAreaHa: 5, workers: 40, status: 'investing', operatingFrom: null, signedOn: '2026-02-01' });
    });

    it('computes a cluster’s occupancy as leased ÷ industrial land, to two decimals, leaving stopped projects out', async () => {
      const page = await officer.json('GET', `/api/provinces/40/clusters/${a}`);
      expect(page.body).toMatchObject({
        landIndustrialHa: 35.2,
        leasedHa: 13.4,
        unleasedHa: 21.8,
        occupancyPercent: 38.07,
        tenantCount: 3,
        fdiTenantCount: 1,
        operatingTenantCount: 2,
        workers: 2210,
        stage: 'operating',
      });
      expect(page.body.tenants).toHaveLength(4);
      expect(page.body.investor.current).toMatchObject({ taxCode: investorTax, totalInvestment: 210, disbursedInvestment: 205, passed: true });
    });

    it('rolls up to the province as ratios of sums, and on a past day', async () => {
      const now = await officer.json('GET', '/api/clusters/summary?orgunit=40');
      expect(now.body).toMatchObject({
        industrialHa: 97.2,
        leasedHa: 49.4,
        occupancyPercent: 50.82,
        operatingIndustrialHa: 77.2,
        operatingLeasedHa: 44.4,
        operatingOccupancyPercent: 57.51,
        tenantCount: 5,
        workers: 5250,
      });
      const before = await officer.json('GET', '/api/clusters/summary?orgunit=40&asOf=2026-01-31');
      expect(before.body).toMatchObject({ leasedHa: 44.4, tenantCount: 4, workers: 5210 });
      expect(await clusterIndicators(t.db, '40', '2026-01-31')).toEqual({ CCN_OCCUPANCY: 57.51, CCN_TENANTS: 4, CCN_WORKERS: 5210 });
    });

    it('filters the list by stage, occupancy band and commune', async () => {
      const ids = async (q: string) => (await officer.json('GET', `/api/clusters?orgunit=40&${q}`)).body.items.map((c: { id: string }) => c.id);
      expect(await ids('occupancy=50_to_80&commune=17001')).toHaveLength(1);
      expect(await ids('stage=detailed_plan_1_500&commune=17002')).toHaveLength(1);
      expect(await ids('commune=17001&occupancy=lt_50')).toEqual([a]);
    });

    it('refuses leases beyond the industrial land, and industrial land below what is leased', async () => {
      const e = await makeEnterprise(t.db);
      const res = await officer.json('POST', `/api/provinces/40/clusters/${a}/tenants`, {
        taxCode: e.taxCode,
        projectName: 'Quá diện tích',
        leasedAreaHa: 30,
        registeredCapital: 1,
        disbursedCapital: 0,
        workers: 0,
        status: 'investing',
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toBe('Leases would total 43.4 ha, more than the 35.2 ha of industrial land');
      expect((await officer.json('PUT', `/api/provinces/40/clusters/${a}/land`, { totalHa: 48, industrialHa: 13 })).status).toBe(409);
    });
  });

  describe('tenants, investor and location', () => {
    it('adds, stops and removes a tenant project, requiring the stop date', async () => {
      const c = (await makeCluster(t.db, { stages: 6, land: [10, 8] })).id;
      const e = await makeEnterprise(t.db, '40', { ownership: 'fdi' });
      const body = {
        taxCode: e.taxCode,
        projectName: 'Nhà máy A',
        vsic: 'c2610',
        leasedAreaHa: 2,
        registeredCapital: 50,
        disbursedCapital: 10,
        workers: 30,
        status: 'operating',
        signedOn: '2024-01-01',
        operatingFrom: '2025-01-01',
      };
      const created = await officer.json('POST', `/api/provinces/40/clusters/${c}/tenants`, body);
      expect(created.body).toMatchObject({ foreignInvested: true, vsic: 'C2610', enterpriseName: e.name });
      expect((await officer.json('PUT', `/api/provinces/40/clusters/${c}/tenants/${created.body.id}`, { ...body, status: 'stopped' })).status).toBe(400);
      const stopped = await officer.json('PUT', `/api/provinces/40/clusters/${c}/tenants/${created.body.id}`, {
        ...body,
        status: 'stopped',
        stoppedOn: '2026-10-01',
      });
      expect(stopped.body.status).toBe('stopped');
      expect((await officer.request('DELETE', `/api/provinces/40/clusters/${c}/tenants/${created.body.id}`)).status).toBe(204);
      expect((await officer.json('GET', `/api/provinces/40/clusters/${c}/tenants`)).body.total).toBe(0);
    });

    it('refuses an investor below the pass mark, and keeps a withdrawn one in the history', async () => {
      const c = (await makeCluster(t.db, { stages: 2 })).id;
      const low = await officer.json('PUT', `/api/provinces/40/clusters/${c}/investor`, {
        taxCode: investorTax,
        groupScores: { group1: 10, group2: 10, group3: 10, group4: 19.5 },
        ownerEquity: 20,
        totalInvestment: 100,
        disbursedInvestment: 0,
      });
      expect(low.status).toBe(409);
      expect(low.body.error.message).toContain('below the pass mark of 50');
      expect(
        (
          await officer.json('PUT', `/api/provinces/40/clusters/${c}/investor`, {
            taxCode: investorTax,
            groupScores: { group1: 10, group2: 10, group3: 10, group4: 20 },
            ownerEquity: 20,
            totalInvestment: 100,
            disbursedInvestment: 0,
          })
        ).status,
      ).toBe(200);
      const out = await officer.json('POST', `/api/provinces/40/clusters/${c}/investor/withdraw`, { basis: 'QĐ 99/QĐ-UBND chấm dứt' });
      expect(out.body.current).toBeNull();
      expect(out.body.history.map((h: { withdrawn: boolean }) => h.withdrawn)).toEqual([false, true]);
      expect((await officer.json('GET', `/api/provinces/40/clusters/${c}`)).body.investor.current).toBeNull();
    });

    it('validates the GeoJSON location: a closed polygon in Viet Nam passes, an open ring or a point abroad does not', async () => {
      const base = { name: 'CCN Địa lý', communeCode: '17003', communeName: 'Xã Bản đồ', type: 'eco', plannedAreaHa: 20 };
      const ring = [
        [105.6, 18.8],
        [105.61, 18.8],
        [105.61, 18.81],
        [105.6, 18.8],
      ];
      const ok = await officer.json('POST', '/api/provinces/40/clusters', { ...base, location: { type: 'Polygon', coordinates: [ring] } });
      expect(ok.status).toBe(200);
      expect((await officer.json('GET', `/api/provinces/40/clusters/${ok.body.id}`)).body.location).toEqual({ type: 'Polygon', coordinates: [ring] });
      expect(
        (
          await officer.json('POST', '/api/provinces/40/clusters', {
            ...base,
            location: { type: 'Polygon', coordinates: [ring.slice(0, 3).concat([[105.62, 18.82]])] },
          })
        ).status,
      ).toBe(400);
      expect((await officer.json('POST', '/api/provinces/40/clusters', { ...base, location: { type: 'Point', coordinates: [2.35, 48.85] } })).status).toBe(400);
    });
  });

  describe('scope and reporters', () => {
    it('shows an investor’s reporter its own cluster only, and an officer of another province nothing', async () => {
      const mine = await makeCluster(t.db, { stages: 1 });
      const theirs = await makeCluster(t.db, { stages: 1 });
      const reporter = await t.as('reporter', ['40'], { reporterFor: { kind: 'cluster', id: mine.code } });
      expect((await reporter.json('GET', `/api/provinces/40/clusters/${mine.id}`)).body.name).toBe(mine.name);
      expect((await reporter.json('GET', `/api/provinces/40/clusters/${theirs.id}`)).status).toBe(404);
      expect((await reporter.json('GET', '/api/clusters?orgunit=40')).status).toBe(403);
      expect(
        (
          await reporter.json('POST', `/api/provinces/40/clusters/${mine.id}/stages`, {
            stage: 'establishment_decision',
            documentNo: '1',
            documentDate: '2024-01-01',
          })
        ).status,
      ).toBe(403);
      const officer19 = await t.as('officer', ['19']);
      expect((await officer19.json('GET', `/api/provinces/40/clusters/${mine.id}`)).status).toBe(403);
      expect((await officer19.json('GET', `/api/provinces/19/clusters/${mine.id}`)).status).toBe(404);
      expect((await officer19.json('GET', '/api/clusters')).body.total).toBe(0);
      expect((await officer19.json('GET', '/api/clusters?orgunit=40')).status).toBe(403);
    });
  });
});
