import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { listAudit } from '../audit';

const M = '2025-05';
const base = `/api/reports/monthly?orgunit=40&period=${M}`;

describe('monthly report versions and sections', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let director: TestClient;
  let viewer: TestClient;
  let officer19: TestClient;
  const put = (body: Record<string, unknown>) => officer.json('PUT', '/api/figures', { status: 'official', orgunit: '40', ...body });

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    director = await t.as('director', ['*']);
    viewer = await t.as('viewer', ['40']);
    officer19 = await t.as('officer', ['19']);
    const months = [1, 2, 3, 4, 5].map((m) => String(m).padStart(2, '0'));
    for (const [i, m] of months.entries()) {
      expect((await put({ indicator: 'RETAIL', period: `2024-${m}`, value: 6000 + i * 100 })).status).toBe(200);
      expect((await put({ indicator: 'RETAIL', period: `2025-${m}`, value: 6600 + i * 100, status: i === 4 ? 'estimate' : 'official' })).status).toBe(200);
      expect((await put({ indicator: 'EXPORT', period: `2024-${m}`, value: 200 })).status).toBe(200);
      expect((await put({ indicator: 'EXPORT', period: `2025-${m}`, value: 190 })).status).toBe(200);
    }
    expect((await officer.json('PUT', '/api/plans', { indicator: 'RETAIL', orgunit: '40', year: 2025, plan: 80000 })).status).toBe(200);
  });
  afterAll(() => t.close());

  it('keeps the numbers of a stored version after a revision, and says newer figures exist', async () => {
    const created = await officer.json('POST', '/api/reports/monthly/versions', { orgunit: '40', period: M, lang: 'vi' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ orgunit: '40', period: M, lang: 'vi', newerFiguresExist: false });
    const id = created.body.id as string;
    const before = (await viewer.json('GET', `${base}&version=${id}`)).body;
    expect(before.meta).toMatchObject({ newerFiguresExist: false, version: { id } });
    expect(before.data.ytdFigures.find((f: { indicator: string }) => f.indicator === 'RETAIL').value).toBe(34000);

    expect((await put({ indicator: 'RETAIL', period: M, value: 7500, status: 'preliminary', reason: 'Cục Thống kê điều chỉnh' })).status).toBe(200);

    const after = (await viewer.json('GET', `${base}&version=${id}`)).body;
    expect(after.data.ytdFigures.find((f: { indicator: string }) => f.indicator === 'RETAIL').value).toBe(34000);
    expect(after.meta.newerFiguresExist).toBe(true);
    expect(after.meta.changes).toContainEqual({ indicator: 'RETAIL', period: M, category: null, field: 'value', before: 7000, after: 7500 });
    const oldText = await (await viewer.request('GET', `${base}&version=${id}&format=txt`)).text();
    expect(oldText).toContain('Tính chung 5 tháng đầu năm 2025, ước đạt 34.000 tỷ đồng, tăng 9,68% so với cùng kỳ năm 2024, đạt 42,5% kế hoạch năm.');
    const fresh = (await viewer.json('GET', base)).body;
    expect(fresh.data.ytdFigures.find((f: { indicator: string }) => f.indicator === 'RETAIL').value).toBe(34500);
    expect(fresh.meta.newerFiguresExist).toBe(false);

    const en = await (await viewer.request('GET', `${base}&version=${id}&format=txt&lang=en`)).text();
    expect(en).toContain(
      'In the first five months of 2025 the total reached an estimated 34,000 billion VND, up 9.68% year on year, reaching 42.5% of the annual plan.',
    );

    const list = (await viewer.json('GET', `/api/reports/monthly/versions?orgunit=40&period=${M}`)).body;
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id, lang: 'vi', generatedBy: expect.stringMatching(/^t\.officer/) });
  });

  it('keeps the officer’s sections across regenerations, with an optimistic lock', async () => {
    const empty = (await viewer.json('GET', `/api/reports/monthly/sections?orgunit=40&period=${M}`)).body;
    expect(empty).toMatchObject({ version: 0, difficulties: '', causes: '' });
    const saved = await officer.json('PUT', '/api/reports/monthly/sections', {
      orgunit: '40',
      period: M,
      difficulties: 'Đơn hàng xuất khẩu giảm.',
      tasks: '- Tháo gỡ khó khăn cho doanh nghiệp\n- Xúc tiến thương mại',
      expectedVersion: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, difficulties: 'Đơn hàng xuất khẩu giảm.', updatedBy: expect.stringMatching(/^t\.officer/) });
    const stale = await director.json('PUT', '/api/reports/monthly/sections', {
      orgunit: '40',
      period: M,
      causes: 'Nhu cầu thế giới giảm.',
      expectedVersion: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toEqual({ currentVersion: 1 });
    const merged = await director.json('PUT', '/api/reports/monthly/sections', {
      orgunit: '40',
      period: M,
      causes: 'Nhu cầu thế giới giảm.',
      expectedVersion: 1,
    });
    expect(merged.body).toMatchObject({ version: 2, difficulties: 'Đơn hàng xuất khẩu giảm.', causes: 'Nhu cầu thế giới giảm.' });

    for (let i = 0; i < 2; i++) {
      const report = (await viewer.json('GET', base)).body;
      expect(report.officerSections).toMatchObject({ difficulties: 'Đơn hàng xuất khẩu giảm.', causes: 'Nhu cầu thế giới giảm.' });
      const tasks = report.document.sections.find((s: { key: string }) => s.key === 'tasks');
      expect(tasks.blocks).toEqual([{ type: 'list', items: ['Tháo gỡ khó khăn cho doanh nghiệp', 'Xúc tiến thương mại'] }]);
      expect((await director.json('POST', '/api/reports/monthly/versions', { orgunit: '40', period: M, lang: 'vi' })).status).toBe(200);
    }
    const en = (await viewer.json('GET', `${base}&lang=en`)).body;
    expect(en.officerSections.difficulties).toBe('Đơn hàng xuất khẩu giảm.');
    const audit = await listAudit(
      t.db,
      { userId: '0', username: 'x', displayName: 'x', role: 'admin', scope: ['*'], reporterFor: null, language: 'vi', sessionId: '', csrfToken: '' },
      { entity: 'report_section', limit: 10, offset: 0 },
    );
    expect(audit.total).toBe(2);
  });

  it('refuses other provinces, readers writing, and versions of another unit', async () => {
    expect((await officer19.request('GET', base)).status).toBe(403);
    expect((await officer19.request('GET', `/api/reports/monthly/versions?orgunit=40&period=${M}`)).status).toBe(403);
    expect((await officer19.json('PUT', '/api/reports/monthly/sections', { orgunit: '40', period: M, causes: 'x' })).status).toBe(403);
    expect((await officer19.json('POST', '/api/reports/monthly/versions', { orgunit: '40', period: M, lang: 'vi' })).status).toBe(403);
    expect((await viewer.json('PUT', '/api/reports/monthly/sections', { orgunit: '40', period: M, causes: 'x' })).status).toBe(403);
    expect((await viewer.json('POST', '/api/reports/monthly/versions', { orgunit: '40', period: M, lang: 'vi' })).status).toBe(403);
    const other = await director.json('POST', '/api/reports/monthly/versions', { orgunit: '19', period: M, lang: 'vi' });
    expect(other.status).toBe(200);
    expect((await director.request('GET', `${base}&version=${other.body.id}`)).status).toBe(404);
  });

  it('refuses a period that is not a month and a unit that is not a province', async () => {
    expect((await viewer.request('GET', `/api/reports/monthly?orgunit=40&period=2025-Q2`)).status).toBe(400);
    expect((await viewer.request('GET', `/api/reports/monthly?orgunit=40&period=2025-05&format=odt`)).status).toBe(400);
  });
});
