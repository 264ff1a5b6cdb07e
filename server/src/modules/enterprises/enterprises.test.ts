import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { createEnterprise } from './enterprises.service';

describe('the enterprise registry API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const mine = '2910634650';
  const other = '2910713849';
  const elsewhere = '4600100155';

  beforeAll(async () => {
    t = await createTestApp();
    await createEnterprise(t.db, null, '40', {
      taxCode: mine,
      name: 'Công ty TNHH Cụm Công nghiệp Đông Hồi',
      ownership: 'private',
      address: 'Xã Nghi Lộc, tỉnh Nghệ An',
    });
    await createEnterprise(t.db, null, '40', { taxCode: other, name: 'Công ty CP Đường Sông Lam', ownership: 'state', address: 'Phường Vinh Hưng, Nghệ An' });
    await createEnterprise(t.db, null, '19', { taxCode: elsewhere, name: 'Công ty Gang thép Thái Nguyên', ownership: 'state' });
  });
  afterAll(() => t.close());

  it('finds "cum cong nghiep" in "Cụm Công nghiệp" and "nghe an" in "Nghệ An", ignoring accents and case', async () => {
    const officer = await t.as('officer', ['40']);
    const a = await officer.json('GET', '/api/enterprises?orgunit=40&q=cum%20cong%20nghiep');
    expect(a.body.items.map((e: { taxCode: string }) => e.taxCode)).toEqual([mine]);
    const b = await officer.json('GET', `/api/enterprises?q=${encodeURIComponent('NGHE AN')}`);
    expect(b.body.total).toBe(2);
    const c = await officer.json('GET', `/api/enterprises?q=${encodeURIComponent('sông lam')}`);
    expect(c.body.items[0].taxCode).toBe(other);
  });

  it('lists only the provinces in scope: an officer of another province sees nothing of Nghệ An', async () => {
    const officer19 = await t.as('officer', ['19']);
    const all = await officer19.json('GET', '/api/enterprises?q=cong%20ty');
    expect(all.body.items.map((e: { taxCode: string }) => e.taxCode)).toEqual([elsewhere]);
    expect((await officer19.json('GET', '/api/enterprises?orgunit=40')).status).toBe(403);
    expect((await officer19.json('GET', `/api/provinces/40/enterprises/${mine}`)).status).toBe(403);
    expect((await officer19.json('GET', `/api/provinces/19/enterprises/${mine}`)).status).toBe(404);
  });

  it('lets a reporter read its own enterprise and nothing else', async () => {
    const reporter = await t.as('reporter', ['40'], { reporterFor: { kind: 'enterprise', id: mine } });
    expect((await reporter.json('GET', `/api/provinces/40/enterprises/${mine}`)).body.name).toBe('Công ty TNHH Cụm Công nghiệp Đông Hồi');
    expect((await reporter.json('GET', `/api/provinces/40/enterprises/${other}`)).status).toBe(404);
    expect((await reporter.json('GET', '/api/enterprises?orgunit=40')).status).toBe(403);
  });

  it('refuses a tax code with a wrong check digit, naming it, and a code already registered', async () => {
    const officer = await t.as('officer', ['40']);
    const bad = await officer.json('POST', '/api/provinces/40/enterprises', { taxCode: '2910634651', name: 'X', ownership: 'private' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0]).toMatchObject({ path: 'taxCode', vi: expect.stringContaining('chữ số kiểm tra') });
    const dup = await officer.json('POST', '/api/provinces/40/enterprises', { taxCode: mine, name: 'X', ownership: 'private' });
    expect(dup.status).toBe(409);
  });

  it('creates a branch (13-digit) code, updates it with an audit row, and keeps it searchable', async () => {
    const officer = await t.as('officer', ['40']);
    const created = await officer.json('POST', '/api/provinces/40/enterprises', {
      taxCode: `${other}001`,
      name: 'Chi nhánh Đô Lương',
      ownership: 'state',
      vsic: 'c1072',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ taxCode: `${other}-001`, vsic: 'C1072', provinceCode: '40', status: 'active' });
    const updated = await officer.json('PUT', `/api/provinces/40/enterprises/${other}-001`, {
      name: 'Chi nhánh Đô Lương – Nhà máy đường',
      status: 'suspended',
    });
    expect(updated.body).toMatchObject({ name: 'Chi nhánh Đô Lương – Nhà máy đường', status: 'suspended', ownership: 'state' });
    const found = await officer.json('GET', '/api/enterprises?orgunit=40&q=nha%20may%20duong&status=suspended');
    expect(found.body.items.map((e: { taxCode: string }) => e.taxCode)).toEqual([`${other}-001`]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'province_code'])
      .where('entity', '=', 'enterprise')
      .where('entity_id', '=', `${other}-001`)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', province_code: '40' },
      { action: 'update', province_code: '40' },
    ]);
  });
});
