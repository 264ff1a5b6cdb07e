import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { withCheckDigit } from './enterprises.tax-code';

const A = '2912376839';
const B = '2912456026';
const C = withCheckDigit('291105542')!;

const good = `Mã số thuế;Tên doanh nghiệp;Loại hình;Ngành;Mã xã;Địa chỉ;Ghi chú
${A};Công ty TNHH May Nghi Lộc;Tư nhân;C1410;17245;Xã Nghi Lộc;x
${B};Công ty CP Gỗ Tân Kỳ;Hợp tác xã;C1610;;Xã Tân Kỳ;
`;

describe('POST /api/provinces/:province/enterprises/import', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('enterprise')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audits = async () =>
    Number(
      (
        await t.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('entity', '=', 'enterprise')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
  });
  afterAll(() => t.close());

  it('previews every row understood and writes nothing on a dry run', async () => {
    const res = await officer.json('POST', '/api/provinces/40/enterprises/import', { csv: good, dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { line: 2, taxCode: A, name: 'Công ty TNHH May Nghi Lộc', action: 'insert', changed: [] },
      { line: 3, taxCode: B, name: 'Công ty CP Gỗ Tân Kỳ', action: 'insert', changed: [] },
    ]);
    expect(res.body.notes).toEqual([{ vi: 'Bỏ qua cột "Ghi chú"', en: 'Column "Ghi chú" ignored' }]);
    expect(await count()).toBe(0);
  });

  it('lists every refused cell in Vietnamese and English and writes nothing, even for the good rows', async () => {
    const bad = `${good}${C.slice(0, 9)}${(Number(C[9]) + 1) % 10};Công ty Sai Mã;Tư nhân;;;;\n${C};;Ngân hàng;Z99;12;;\n${A};Trùng mã;Tư nhân;;;;\n`;
    const preview = await officer.json('POST', '/api/provinces/40/enterprises/import', { csv: bad, dryRun: true });
    expect(preview.body.problems.map((p: { line: number; column: string; cell: string }) => [p.line, p.column, p.cell])).toEqual([
      [4, 'taxCode', 'A4'],
      [5, 'name', 'B5'],
      [5, 'ownership', 'C5'],
      [5, 'vsic', 'D5'],
      [5, 'communeCode', 'E5'],
      [6, 'taxCode', 'A6'],
    ]);
    expect(preview.body.problems[5].message).toEqual({ vi: `Dòng 6: mã số thuế ${A} trùng với dòng 2`, en: `Line 6: tax code ${A} repeats line 2` });
    const run = await officer.json('POST', '/api/provinces/40/enterprises/import', { csv: bad, dryRun: false });
    expect(run.status).toBe(422);
    expect(run.body.error.code).toBe('import_refused');
    expect(run.body.error.details.problems).toHaveLength(6);
    expect(await count()).toBe(0);
  });

  it('writes all rows at once, then the same file again changes nothing', async () => {
    const first = await officer.json('POST', '/api/provinces/40/enterprises/import', { csv: good, dryRun: false });
    expect(first.body).toMatchObject({ written: true, counts: { insert: 2, update: 0, unchanged: 0, refused: 0 } });
    expect(await count()).toBe(2);
    const auditsAfterFirst = await audits();
    const updatedAt = await t.db.selectFrom('enterprise').select(['tax_code', 'updated_at']).orderBy('tax_code').execute();
    const second = await officer.json('POST', '/api/provinces/40/enterprises/import', { csv: good, dryRun: false });
    expect(second.body.counts).toEqual({ insert: 0, update: 0, unchanged: 2, refused: 0 });
    expect(await audits()).toBe(auditsAfterFirst);
    expect(await t.db.selectFrom('enterprise').select(['tax_code', 'updated_at']).orderBy('tax_code').execute()).toEqual(updatedAt);
  });

  it('updates only what changed, naming the fields, and refuses a code registered in another province', async () => {
    const changed = good.replace('Hợp tác xã', 'Tư nhân');
    const preview = await officer.json('POST', '/api/provinces/40/enterprises/import', { csv: changed, dryRun: true });
    expect(preview.body.rows[1]).toMatchObject({ taxCode: B, action: 'update', changed: ['ownership'] });
    const officer19 = await t.as('officer', ['19']);
    const other = await officer19.json('POST', '/api/provinces/19/enterprises/import', { csv: good, dryRun: true });
    expect(other.body.problems[0].message.en).toBe(`Line 2: tax code ${A} is registered in province 40`);
    expect((await officer19.json('POST', '/api/provinces/40/enterprises/import', { csv: good })).status).toBe(403);
  });

  it('reads an XLSX workbook by its header text, restoring a tax code that lost its leading zero', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách DN');
    ws.addRow(['DANH SÁCH DOANH NGHIỆP (minh họa)']);
    ws.addRow([]);
    ws.addRow(['STT', 'MST', 'Tên doanh nghiệp', 'Loại hình doanh nghiệp', 'Trạng thái']);
    ws.addRow([1, Number('0300588569'), 'Công ty Sữa (chi nhánh thử)', 'Nhà nước', 'Đang hoạt động']);
    ws.addRow([2, C, 'Công ty Điện tử FDI', 'FDI', 'Tạm ngừng']);
    const xlsxBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const res = await officer.json('POST', '/api/provinces/40/enterprises/import', { xlsxBase64, dryRun: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'xlsx', sheet: 'Danh sách DN', headerLine: 3, counts: { insert: 2 } });
    expect(res.body.notes.map((n: { en: string }) => n.en)).toContain(
      'Cell Danh sách DN!B4: the tax code stored as a number lost its leading zero; read as 0300588569',
    );
    const row = await t.db.selectFrom('enterprise').select(['ownership', 'status']).where('tax_code', '=', C).executeTakeFirstOrThrow();
    expect(row).toEqual({ ownership: 'fdi', status: 'suspended' });
  });

  it('refuses a file that is not an .xlsx workbook, saying what to do', async () => {
    const res = await officer.json('POST', '/api/provinces/40/enterprises/import', {
      xlsxBase64: Buffer.from('not a workbook').toString('base64'),
      dryRun: true,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems[0].message.en).toContain('save as .xlsx');
  });
});
