import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { currentProvinceCodes as currentProvinceCodesFromDb, listProvinces, resolveUnit } from './places.service';
import { currentProvinceCodes } from './places.directory';

describe('places', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('holds the 34 provinces in force today and the 63 before 1 July 2025', async () => {
    const viewer = await t.as('viewer', ['40']);
    expect((await viewer.json('GET', '/api/places/provinces')).body.total).toBe(34);
    expect((await viewer.json('GET', '/api/places/provinces?date=2024-12-31')).body.total).toBe(63);
    expect((await viewer.json('GET', '/api/places/provinces?date=2025-06-30')).body.total).toBe(63);
    expect((await viewer.json('GET', '/api/places/provinces?date=2025-07-01')).body.total).toBe(34);
  });

  it('resolves a code to the unit holding it today, and CODE@DATE to the unit of that date', async () => {
    expect(await resolveUnit(t.db, '19@2023-05-31')).toMatchObject({ id: '19@2008-08-01', name: 'Thái Nguyên', validTo: '2025-06-30' });
    expect(await resolveUnit(t.db, '19')).toMatchObject({ id: '19@2025-07-01', name: 'Thái Nguyên', validTo: null });
    expect(await resolveUnit(t.db, '80@2024-12-31')).toMatchObject({ name: 'Long An' });
    expect(await resolveUnit(t.db, '80')).toMatchObject({ name: 'Tây Ninh' });
    expect(await resolveUnit(t.db, '40@2020-01-01')).toMatchObject({ id: '40@2008-08-01', name: 'Nghệ An', validTo: null });
  });

  it('knows which old provinces form each new one', async () => {
    const list = (await (await t.as('viewer', ['40'])).json('GET', '/api/places/provinces')).body.items as { code: string; predecessors: { code: string }[] }[];
    const codes = (code: string) =>
      list
        .find((p) => p.code === code)!
        .predecessors.map((p) => p.code)
        .sort();
    expect(codes('19')).toEqual(['06', '19']);
    expect(codes('79')).toEqual(['74', '77', '79']);
    expect(codes('33')).toEqual(['33', '34']);
    expect(codes('80')).toEqual(['72', '80']);
    expect(codes('40')).toEqual([]);
  });

  it('puts an old unit in the scope of the province that absorbed it', async () => {
    expect(await currentProvinceCodes(t.db, ['06@2024-01-01'])).toEqual(['19']);
    expect(await currentProvinceCodes(t.db, ['74@2024-01-01'])).toEqual(['79']);
    expect(await currentProvinceCodes(t.db, ['40'])).toEqual(['40']);
  });

  it('answers scope checks from the in-memory directory exactly as the database walk does, for every province on several dates', async () => {
    const refs: string[] = [];
    for (const date of ['2008-08-01', '2024-01-01', '2025-06-30', '2025-07-01', '2026-11-22']) {
      for (const p of await listProvinces(t.db, date)) refs.push(`${p.code}@${date}`);
    }
    expect(refs.length).toBe(63 * 3 + 34 * 2);
    for (const ref of refs) expect(await currentProvinceCodes(t.db, [ref]), ref).toEqual(await currentProvinceCodesFromDb(t.db, [ref]));
  });

  it('refuses an unknown code and a malformed reference', async () => {
    await expect(resolveUnit(t.db, '99')).rejects.toMatchObject({ code: 'not_found' });
    await expect(resolveUnit(t.db, 'abc')).rejects.toMatchObject({ code: 'validation_failed' });
  });

  describe('POST /api/places/communes/import', () => {
    const csv = 'Mã xã,Tên xã,Mã tỉnh\n16681,Phường Vinh Phú,40\n16682,Xã Hưng Nguyên,40\n';

    it('imports the official list atomically and idempotently', async () => {
      const admin = await t.as('admin', ['*']);
      const dry = await admin.json('POST', '/api/places/communes/import', { csv, dryRun: true });
      expect(dry.body).toEqual({ wouldInsert: 2, inserted: 0 });
      expect((await admin.json('POST', '/api/places/communes/import', { csv })).body.inserted).toBe(2);
      expect((await admin.json('POST', '/api/places/communes/import', { csv })).body.inserted).toBe(0);
      expect((await admin.json('GET', '/api/places/provinces/40/communes')).body.total).toBe(2);
    });

    it('refuses the whole file when one row is bad, naming the row', async () => {
      const admin = await t.as('admin', ['*']);
      const res = await admin.json('POST', '/api/places/communes/import', { csv: 'code,name,province\n16690,Xã A,40\n1669,Xã B,40\n' });
      expect(res.status).toBe(422);
      expect(res.body.error.details.problems[0]).toMatchObject({ row: 3, column: 'code' });
      expect(res.body.error.details.problems[0].message.vi).toMatch(/Dòng 3/);
      expect((await admin.json('GET', '/api/places/provinces/40/communes')).body.items.map((c: { code: string }) => c.code)).not.toContain('16690');
    });
  });
});
