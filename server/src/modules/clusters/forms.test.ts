import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { addInfrastructure } from './infrastructure.service';
import { makeCluster, makeEnterprise, makeTenant } from './clusters.factories';
import { detectType } from './attachments.files';

type Check = { rule: string; pass: boolean; message: { en: string }; numbers: Record<string, number>; offending?: unknown[] };
const byRule = (checks: Check[], rule: string) => checks.find((c) => c.rule === rule)!;

describe('the Circular 14 reporting chain', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  let e: { taxCode: string }[];
  let x: { id: string; code: string };
  const base = '/api/provinces/40/cluster-rounds';

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
    const investor = await makeEnterprise(t.db, '40', { name: 'Công ty Hạ tầng X' });
    e = [await makeEnterprise(t.db), await makeEnterprise(t.db), await makeEnterprise(t.db), await makeEnterprise(t.db, '40', { ownership: 'fdi' })];
    x = await makeCluster(t.db, {
      commune: ['17001', 'Xã Một'],
      stages: 6,
      land: [40, 30],
      investor: { taxCode: investor.taxCode, total: 100, disbursed: 60 },
    });
    await makeTenant(t.db, x.id, e[0]!.taxCode, { leasedAreaHa: 5, workers: 100 });
    await makeTenant(t.db, x.id, e[1]!.taxCode, { leasedAreaHa: 4, workers: 50 });
    await makeTenant(t.db, x.id, e[3]!.taxCode, { leasedAreaHa: 3, workers: 20, status: 'investing', operatingFrom: null });
    await addInfrastructure(t.db, null, '40', x.id, { kind: 'wastewater_plant', name: 'Trạm XLNT', capacity: 800, status: 'operating', meetsStandard: true });
    await makeCluster(t.db, { commune: ['17001', 'Xã Một'], stages: 3, plannedHa: 25 });
    const z = await makeCluster(t.db, { commune: ['17002', 'Xã Hai'], type: 'craft_village', stages: 6, land: [20, 15] });
    await makeTenant(t.db, z.id, e[2]!.taxCode, { leasedAreaHa: 6, workers: 80 });
  });
  afterAll(() => t.close());

  it('opens rounds with the circular’s cut-off and deadlines', async () => {
    const year = await officer.json('POST', base, { period: '2026' });
    expect(year.body).toMatchObject({
      period: '2026',
      kind: 'year',
      periodStart: '2025-12-15',
      cutOff: '2026-12-14',
      deadlines: { '01': '2026-12-20', '03': '2026-12-25', '04': '2026-12-31' },
    });
    const half = await officer.json('POST', base, { period: '2026-H1' });
    expect(half.body).toMatchObject({ cutOff: '2026-06-14', deadlines: { '02': '2026-06-20', '03': '2026-06-25', '04': '2026-06-30' } });
    expect((await officer.json('POST', base, { period: '2026' })).status).toBe(409);
    expect((await officer.json('GET', base)).body).toMatchObject({ total: 2, inProgress: '2026' });
  });

  it('lets a tenant’s reporter read its prefilled Biểu 01 and submit versions, never another enterprise’s', async () => {
    const reporter = await t.as('reporter', ['40'], { reporterFor: { kind: 'enterprise', id: e[0]!.taxCode } });
    const form = await reporter.json('GET', `${base}/2026/forms/01/${e[0]!.taxCode}`);
    expect(form.body).toMatchObject({ status: 'due', deadline: '2026-12-20', prefill: { source: 'registry', items: { '3': 100 } } });
    const first = await reporter.json('POST', `${base}/2026/forms/01/${e[0]!.taxCode}`, { items: { '1': 12, '2': 0.8, '3': 110, '4': 7.5 } });
    expect(first.body).toMatchObject({ version: 1, late: false, source: 'reporter' });
    const second = await reporter.json('POST', `${base}/2026/forms/01/${e[0]!.taxCode}`, { items: { '1': 12.5, '2': 0.8, '3': 110, '4': 7.5 } });
    expect(second.body.version).toBe(2);
    const after = await reporter.json('GET', `${base}/2026/forms/01/${e[0]!.taxCode}`);
    expect(after.body).toMatchObject({ status: 'submitted', prefill: { source: 'this_round', items: { '1': 12.5 } } });
    expect(after.body.versions.map((v: { items: Record<string, number> }) => v.items['1'])).toEqual([12, 12.5]);
    expect((await reporter.json('GET', `${base}/2026/forms/01/${e[1]!.taxCode}`)).status).toBe(404);
    expect((await reporter.json('POST', `${base}/2026/forms/01/${e[1]!.taxCode}`, { items: { '1': 1, '2': 1, '3': 1, '4': 1 } })).status).toBe(404);
    expect((await reporter.json('GET', `${base}/2026/board`)).status).toBe(403);
    const incomplete = await reporter.json('POST', `${base}/2026/forms/01/${e[0]!.taxCode}`, { items: { '1': 1, '3': 2.5 } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(['body.items.2', 'body.items.3', 'body.items.4']);
  });

  it('keeps the original and marks a version after the deadline late', async () => {
    const res = await officer.json('POST', `${base}/2026-H1/forms/01/${e[1]!.taxCode}`, { items: { '1': 3, '2': 0.1, '3': 50, '4': 6.8 } });
    expect(res.body).toMatchObject({ version: 1, late: true, source: 'officer' });
  });

  it('shows who has and has not reported, due or overdue by the day', async () => {
    const board = async (asOf: string) => (await officer.json('GET', `${base}/2026-H1/board?asOf=${asOf}`)).body;
    const late = await board('2026-11-22');
    const status = (form: string, subject: string) =>
      late.items.find((r: { form: string; subjectId: string }) => r.form === form && r.subjectId === subject)?.status;
    expect(status('01', e[1]!.taxCode)).toBe('submitted_late');
    expect(status('01', e[0]!.taxCode)).toBe('overdue');
    expect(status('01', e[3]!.taxCode)).toBeUndefined(); // still investing: no Biểu 01 expected
    expect(status('02', x.id)).toBe('overdue');
    expect(late.summary).toEqual([
      { form: '01', expected: 3, submitted: 0, submittedLate: 1, due: 0, overdue: 2 },
      { form: '02', expected: 1, submitted: 0, submittedLate: 0, due: 0, overdue: 1 },
      { form: '03', expected: 2, submitted: 0, submittedLate: 0, due: 0, overdue: 2 },
      { form: '04', expected: 1, submitted: 0, submittedLate: 0, due: 0, overdue: 1 },
    ]);
    const early = await board('2026-06-18');
    expect(early.summary[0]).toMatchObject({ due: 2, overdue: 0 });
    expect(early.summary[2]).toMatchObject({ due: 2 });
  });

  it('takes Biểu 02 from the investor’s reporter, computing occupancy (item 5)', async () => {
    const investor = await t.as('reporter', ['40'], { reporterFor: { kind: 'cluster', id: x.code } });
    const form = await investor.json('GET', `${base}/2026/forms/02/${x.id}`);
    expect(form.body.prefill.items).toMatchObject({ '1': 100, '2': 60, '3': 30, '4': 12, '5': 40, '6': 3, '7': 1, '8': 2, '13': 1, '14': 1 });
    const items = { ...form.body.prefill.items, '5': 99, '9': 5, '10': 0.5, '11': 20, '12': 8 };
    const res = await investor.json('POST', `${base}/2026/forms/02/${x.id}`, { items });
    expect(res.body.items['5']).toBe(40);
    expect((await investor.json('POST', `${base}/2026/forms/02/${x.id}`, { items: { ...items, '13': 2 } })).status).toBe(400);
  });

  it('compiles Biểu 03 of a commune from its clusters’ Biểu 02, the tenants’ Biểu 01 and the registry', async () => {
    const res = await officer.json('GET', `${base}/2026/forms/03/17001`);
    expect(res.body.compiled.items).toEqual({
      '1': 2,
      '2': 75,
      '3': 2,
      '4': 65,
      '5': 0,
      '6': 0,
      '7': 1,
      '8': 40,
      '9': 2,
      '10': 65,
      '11': 1,
      '12': 40,
      '13': 100,
      '14': 60,
      '15': 1,
      '15.1': 1,
      '15.2': 0,
      '15.3': 0,
      '15.4': 0,
      '16': 40,
      '16.1': 40,
      '16.2': 0,
      '16.3': 0,
      '16.4': 0,
      '17': 30,
      '18': 12,
      '19': 40,
      '20': 3,
      '21': 1,
      '22': 2,
      '23': 12.5,
      '24': 0.8,
      '25': 180,
      '26': 1,
      '27': 1,
    });
    expect(res.body.compiled.sources.missing01.sort()).toEqual([e[1]!.taxCode, e[3]!.taxCode].sort());
    expect(res.body.compiled.checks.every((c: Check) => c.pass)).toBe(true);
    expect((await officer.json('POST', `${base}/2026/forms/03/17001`, {})).body).toMatchObject({ version: 1, source: 'compiled' });
  });

  it('stores an officer’s Biểu 03 with failing checks named by their numbers, and Biểu 04 shows them', async () => {
    const compiled = (await officer.json('GET', `${base}/2026/forms/03/17002`)).body.compiled.items;
    expect(compiled).toMatchObject({ '15': 1, '15.3': 1, '16': 20, '17': 15, '18': 6, '19': 40, '25': 80 });
    const wrong = await officer.json('POST', `${base}/2026/forms/03/17002`, { items: { ...compiled, '15': 2, '19': 45 } });
    expect(byRule(wrong.body.checks, '15 = 15.1 + 15.2')).toMatchObject({ pass: false, numbers: { '15': 2, '15.1': 1, '15.2': 0 } });
    expect(byRule(wrong.body.checks, '19 = 18 ÷ 17 × 100').message.en).toBe('Occupancy (19) is 45 but 18 ÷ 17 × 100 = 40');
    const preview = (await officer.json('GET', `${base}/2026/forms/04`)).body;
    expect(preview.sum).toMatchObject({ '15': 3, '15.1': 2, '17': 45, '18': 18, '19': 40, '25': 260 });
    expect(byRule(preview.checks, '15 = 15.1 + 15.2')).toMatchObject({ pass: false, message: { en: 'Item 15 is 3 but 15.1 + 15.2 = 2' } });
    expect(byRule(preview.checks, '04 = Σ 03').pass).toBe(true);
    await officer.json('POST', `${base}/2026/forms/03/17002`, {});
    const fixed = (await officer.json('GET', `${base}/2026/forms/04`)).body;
    expect(fixed.checks.map((c: Check) => c.pass)).toEqual([true, true, true, true]);
    expect(fixed.missingCommunes).toEqual([]);
  });

  it('exports Biểu 04 to XLSX with the circular’s rows as numbers whose communes add up to the total', async () => {
    const res = await officer.request('GET', `${base}/2026/forms/04/export?format=xlsx`);
    expect(res.headers.get('content-disposition')).toContain('bieu-04-40-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const ws = wb.getWorksheet('Biểu 04')!;
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => rows.set(String(row.getCell(1).value ?? ''), row));
    expect(rows.get('STT')!.values).toEqual([undefined, 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Xã Hai', 'Xã Một']);
    expect(rows.get('17')!.getCell(2).value).toBe('Diện tích đất công nghiệp');
    const columns = (code: string) => [4, 5, 6].map((c) => rows.get(code)!.getCell(c).value);
    expect(columns('17')).toEqual([45, 15, 30]);
    expect(columns('18')).toEqual([18, 6, 12]);
    expect(columns('19')).toEqual([40, 40, 40]);
    expect(columns('25')).toEqual([260, 80, 180]);
    expect(columns('15')).toEqual([2, 1, 1]);
    for (const code of ['1', '2', '4', '13', '14', '16', '20', '21', '22', '23', '24', '26', '27']) {
      const [total, a, b] = columns(code) as number[];
      expect(typeof total, code).toBe('number');
      expect(total, code).toBeCloseTo(a! + b!, 6);
    }
  });

  it('exports Biểu 04 to DOCX', async () => {
    const res = await officer.request('GET', `${base}/2026/forms/04/export?format=docx`);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(detectType(Buffer.from(await res.arrayBuffer()))).toBe('docx');
  });

  it('flags a Biểu 04 that differs from Σ Biểu 03 with the offending item, its value, the sum and each commune', async () => {
    const { sum } = (await officer.json('GET', `${base}/2026/forms/04`)).body;
    const res = await officer.json('POST', `${base}/2026/forms/04`, { items: { ...sum, '25': 300 } });
    expect(byRule(res.body.checks, '04 = Σ 03')).toMatchObject({
      pass: false,
      offending: [{ item: '25', value: 300, expected: 260, difference: 40, communes: { '17001': 180, '17002': 80 } }],
    });
    const preview = (await officer.json('GET', `${base}/2026/forms/04`)).body;
    expect(preview.values['25']).toBe(300);
    expect(byRule(preview.checks, '04 = Σ 03').message.en).toBe('Form 04 differs from the sum of Form 03 at item 25 (300 ≠ 260)');
    const ok = await officer.json('POST', `${base}/2026/forms/04`, {});
    expect(ok.body.version).toBe(2);
    expect(byRule(ok.body.checks, '04 = Σ 03').pass).toBe(true);
  });
});
