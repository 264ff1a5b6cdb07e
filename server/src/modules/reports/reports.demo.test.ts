import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app';
import { seedDemoFigures } from '../indicators';
import { registerReportCommand } from './reports.cli';

const PDFTOTEXT = '/usr/bin/pdftotext';
/** LibreOffice (Debian's libreoffice-writer, installed by .ci/run): it must open the DOCX. */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const AS_OF = encodeURIComponent('2023-06-07T17:00:00+07:00');
const Q = `orgunit=40&period=2023-05&asOf=${AS_OF}`;
const PRESS = ['ước tăng 1,62% so với cùng kỳ', '36.539 tỷ đồng', 'tăng 9,63%', 'đạt 42,98% kế hoạch năm'];

/** The demo figures as of 7 June 2023 reproduce the Nghệ An press release of that day. */
describe('the monthly report on the demo figures (Nghệ An, May 2023, as of 7 June 2023)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let viewer: TestClient;
  const file = async (format: string, lang = 'vi') => {
    const res = await viewer.request('GET', `/api/reports/monthly?${Q}&lang=${lang}&format=${format}`);
    expect(res.status).toBe(200);
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoFigures(t.db);
    viewer = await t.as('viewer', ['40']);
  }, 120_000);
  afterAll(() => t.close());

  it('writes the sentences of the press release in Vietnamese', async () => {
    const text = await (await file('txt')).text();
    for (const s of PRESS) expect(text).toContain(s);
    expect(text).toContain('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5/2023 ước đạt');
    expect(text).toContain('Tính chung 5 tháng đầu năm 2023, ước đạt 36.539 tỷ đồng, tăng 9,63% so với cùng kỳ năm 2022, đạt 42,98% kế hoạch năm.');
    expect(text).toContain('Tính chung 5 tháng đầu năm 2023, ước đạt 892,3 triệu USD, giảm 3,1% so với cùng kỳ năm 2022');
    expect(text).toContain('Tính chung 5 tháng đầu năm 2023, ước đạt 589 triệu USD, giảm 1,27% so với cùng kỳ năm 2022, đạt 39,27% kế hoạch năm.');
    expect(text).toContain('Nghệ An, ngày 07 tháng 6 năm 2023');
    expect(text).not.toMatch(/tăng -|NaN|undefined|Infinity/);
  });

  it('writes them in English too', async () => {
    const text = await (await file('md', 'en')).text();
    expect(text).toContain('36,539 billion VND, up 9.63% year on year, reaching 42.98% of the annual plan');
    expect(text).toContain('In the first five months of 2023 the industrial production index is estimated to be up 1.62% year on year.');
  });

  it('returns the structured content for the preview and says newer figures exist since 7 June 2023', async () => {
    const { status, body } = await viewer.json('GET', `/api/reports/monthly?${Q}`);
    expect(status).toBe(200);
    expect(body.meta).toMatchObject({ orgunit: '40', period: '2023-05', lang: 'vi', newerFiguresExist: true, version: null });
    expect(body.meta.changes.length).toBeGreaterThan(0);
    expect(body.document.sections.map((s: { key: string }) => s.key)).toEqual([
      'results',
      'industry',
      'trade',
      'plan',
      'difficulties',
      'causes',
      'tasks',
      'recommendations',
      'notes',
    ]);
    const retail = body.data.ytdFigures.find((f: { indicator: string }) => f.indicator === 'RETAIL');
    expect(retail).toMatchObject({ value: 36539, status: 'estimate' });
    expect(
      body.data.vintages.some(
        (v: { indicator: string; period: string; version: number }) => v.indicator === 'RETAIL' && v.period === '2023-05' && v.version === 1,
      ),
    ).toBe(true);
    expect(body.data.series.RETAIL).toHaveLength(12);
  });

  it('serves HTML with tables and inline SVG charts', async () => {
    const res = await file('html');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toBe('inline; filename="bao-cao-thang-2023-05-40.html"');
    const html = await res.text();
    expect(html).toContain('<table>');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    for (const s of PRESS) expect(html).toContain(s);
  });

  it('builds a Word document with the sentences, real tables and PNG charts', async () => {
    const res = await file('docx');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-thang-2023-05-40.docx"');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const s of PRESS) expect(xml).toContain(s);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('UBND TỈNH NGHỆ AN');
    expect(xml).toContain('Nơi nhận:');
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    const png = await zip.file(media[0]!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it.skipIf(!fs.existsSync(PDFTOTEXT))('builds a PDF whose text extracts with every diacritic (pdftotext)', async () => {
    const res = await file('pdf');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-report-'));
    const pdf = path.join(dir, 'r.pdf');
    fs.writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    for (const s of PRESS) expect(text).toContain(s);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!SOFFICE || !fs.existsSync(PDFTOTEXT))(
    'opens in LibreOffice: the DOCX converts to PDF with the sentences intact',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-soffice-'));
      const docx = path.join(dir, 'r.docx');
      fs.writeFileSync(docx, Buffer.from(await (await file('docx')).arrayBuffer()));
      await promisify(execFile)(SOFFICE!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
        timeout: 120_000,
      });
      const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-']);
      const text = stdout.replace(/\s+/g, ' ');
      for (const s of PRESS) expect(text).toContain(s);
      expect(text).toContain('Nơi nhận');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    150_000,
  );

  it('builds an annex workbook with numeric cells and Vietnamese headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await file('xlsx')).arrayBuffer()) as never);
    const main = wb.getWorksheet('Biểu 1')!;
    const header = main.getRow(4).values as unknown[];
    expect(header).toContain('Chỉ tiêu');
    let retail: ExcelJS.Row | undefined;
    main.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Tổng mức bán lẻ')) retail = row;
    });
    expect(retail!.getCell(6).value).toBe(36539);
    expect(typeof retail!.getCell(7).value).toBe('number');
    expect(retail!.getCell(6).numFmt).toBe('#,##0');
    const figures = wb.getWorksheet('Số liệu sử dụng')!;
    expect(figures.rowCount).toBeGreaterThan(10);
  });

  it('writes the report from the command line, text to standard output and files with --out', async () => {
    const program = new Command().exitOverride();
    registerReportCommand(program, (fn) => fn(t.handle));
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    try {
      await program.parseAsync(['report', '--orgunit', '40', '--period', '2023-05', '--as-of', '2023-06-07T17:00:00+07:00', '--format', 'txt'], {
        from: 'user',
      });
    } finally {
      spy.mockRestore();
    }
    for (const s of PRESS) expect(out.join('')).toContain(s);
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ct-report-')), 'r.docx');
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await program.parseAsync(['report', '--orgunit', '40', '--period', '2023-05', '--lang', 'en', '--format', 'docx', '--out', target], { from: 'user' });
    } finally {
      err.mockRestore();
    }
    expect(fs.readFileSync(target).subarray(0, 2).toString('ascii')).toBe('PK');
  }, 60_000);
});
