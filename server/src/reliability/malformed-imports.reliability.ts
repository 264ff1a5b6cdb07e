import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../test/app';
import { fingerprint } from './support';

/**
 * A corpus of malformed imports generated with fast-check: wrong headers, bad numbers (Vietnamese and English
 * decimal marks among them), duplicate rows, unknown units, indicators and periods, huge cells, control characters,
 * binary junk, truncated and mistyped workbooks. Every one is refused with a message naming the row and column (CSV)
 * or the sheet and cell (XLSX) that is wrong, and every table of the database is byte-for-byte what it was before.
 */

type Row = { indicator: string; orgunit: string; period: string; value: string; status: string; category: string; note: string };
const COLUMNS: (keyof Row)[] = ['indicator', 'orgunit', 'period', 'value', 'status', 'category', 'note'];

const toCsv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** A valid file: distinct (indicator, month) rows of province 40 in 2024. */
const validRows = fc
  .uniqueArray(fc.record({ indicator: fc.constantFrom('RETAIL', 'EXPORT', 'IMPORT', 'IND_OUTPUT'), month: fc.integer({ min: 1, max: 12 }) }), {
    minLength: 1,
    maxLength: 6,
    selector: (r) => `${r.indicator}|${r.month}`,
  })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((k) =>
        fc.record({
          indicator: fc.constant(k.indicator),
          orgunit: fc.constant('40'),
          period: fc.constant(`2024-${String(k.month).padStart(2, '0')}`),
          value: fc.integer({ min: 0, max: 99_999_999 }).map((n) => (n / 100).toFixed(2)),
          status: fc.constantFrom('estimate', 'preliminary', 'official'),
          category: fc.constant(''),
          note: fc.constantFrom('', 'ước tính', 'số liệu Cục Thống kê'),
        }),
      ),
    ),
  );

/** What a refusal must point at: a data row and column, the header, or (for broken CSV syntax) a line in the message. */
type Expected = { row: number; column: string } | { header: true } | { syntax: true } | { anywhere: true };
type Case = { label: string; csv: string; expected: Expected };

const cells = (rows: Row[]) => rows.map((r) => COLUMNS.map((c) => r[c]));
const withCell = (rows: Row[], i: number, column: keyof Row, value: string) => rows.map((r, j) => (j === i ? { ...r, [column]: value } : r));

const BAD_NUMBERS = [
  quote('36539,5'), // Vietnamese decimal comma
  quote('36.539,5'), // Vietnamese thousands and decimal
  quote('36,539.5'), // English thousands separator
  '36.539.000',
  '12x',
  '1e5',
  '--1',
  '١٢٣',
  'NaN',
  'Infinity',
  '0x1F',
  '',
  '9'.repeat(400), // a huge number: beyond what a double holds
];

const caseArb: fc.Arbitrary<Case> = validRows.chain((rows) => {
  const n = rows.length;
  const at = fc.integer({ min: 0, max: n - 1 });
  const line = (i: number) => i + 2;
  return fc.oneof(
    fc.constantFrom<Case>(
      {
        label: 'value column missing',
        csv: toCsv(
          COLUMNS.filter((c) => c !== 'value'),
          cells(rows).map((r) => r.filter((_, j) => COLUMNS[j] !== 'value')),
        ),
        expected: { header: true },
      },
      {
        label: 'misspelt header',
        csv: toCsv(
          COLUMNS.map((c) => (c === 'period' ? 'perid' : c)),
          cells(rows),
        ),
        expected: { header: true },
      },
      { label: 'semicolon-separated', csv: [COLUMNS.join(';'), ...cells(rows).map((r) => r.join(';'))].join('\n') + '\n', expected: { header: true } },
      {
        label: 'header only in Vietnamese',
        csv: toCsv(['chỉ tiêu', 'đơn vị', 'kỳ', 'giá trị', 'trạng thái', 'phân tổ', 'ghi chú'], cells(rows)),
        expected: { header: true },
      },
    ),
    fc.tuple(at, fc.constantFrom(...BAD_NUMBERS)).map(([i, v]): Case => ({
      label: `bad number ${v.slice(0, 20)}`,
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'value', v))),
      expected: { row: line(i), column: 'value' },
    })),
    fc.tuple(at, fc.constantFrom('draft', 'Estimate', 'ước tính', 'final', '')).map(([i, v]): Case => ({
      label: `bad status ${v}`,
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'status', v))),
      expected: { row: line(i), column: 'status' },
    })),
    fc.tuple(at, fc.constantFrom('99', '4O', '', '400000', '40@1900-01-01', "40' or '1'='1")).map(([i, v]): Case => ({
      label: `unknown unit ${v}`,
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'orgunit', v.includes("'") ? quote(v) : v))),
      expected: { row: line(i), column: 'orgunit' },
    })),
    fc.tuple(at, fc.constantFrom('2024-13', '2024-Q5', '24-01', '2024/01', '', '2024-00', 'tháng 5')).map(([i, v]): Case => ({
      label: `unknown period ${v}`,
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'period', v))),
      expected: { row: line(i), column: 'period' },
    })),
    fc.tuple(at, fc.constantFrom('RETAILX', 'TRADE_BALANCE', 'retail', 'X'.repeat(100_000))).map(([i, v]): Case => ({
      label: `unknown indicator ${v.slice(0, 20)}`,
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'indicator', v))),
      expected: { row: line(i), column: 'indicator' },
    })),
    fc.tuple(at, fc.constantFrom('c99', 'goods-x')).map(([i, v]): Case => ({
      label: `unknown category ${v}`,
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'category', v))),
      expected: { row: line(i), column: 'category' },
    })),
    at.map((i): Case => ({ label: 'duplicate row', csv: toCsv(COLUMNS, [...cells(rows), cells(rows)[i]!]), expected: { row: n + 2, column: 'period' } })),
    fc.tuple(at, fc.constantFrom('\u0000', 'a\u0000b', '\u0007\u0000')).map(([i, v]): Case => ({
      label: 'NUL character in a note',
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'note', v))),
      expected: { row: line(i), column: 'note' },
    })),
    fc.tuple(at, fc.constantFrom('1,5', 'a,b,c')).map(([i, v]): Case => ({
      label: 'unquoted comma (a column too many)',
      csv: toCsv(COLUMNS, cells(withCell(rows, i, 'value', v))),
      expected: { syntax: true },
    })),
    at.map((i): Case => ({ label: 'unclosed quote', csv: toCsv(COLUMNS, cells(withCell(rows, i, 'note', '"ghi chú'))), expected: { syntax: true } })),
    fc
      .uint8Array({ minLength: 1, maxLength: 3000 })
      .map((bytes): Case => ({ label: 'binary junk', csv: Buffer.from(bytes).toString('latin1'), expected: { anywhere: true } })),
    fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes): Case => ({
      label: 'valid header then binary junk',
      csv: COLUMNS.join(',') + '\n' + Buffer.from(bytes).toString('utf8'),
      expected: { anywhere: true },
    })),
  );
});

type Problem = { row: number; column: string; message: { vi: string; en: string } };

/** XLSX: a long-format workbook of valid rows, and what to break in it. */
async function workbook(sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX_HEADER = ['indicator', 'orgunit', 'period', 'value', 'status', 'category'];
type XlsxCase = { label: string; bytes: Buffer | (() => Promise<Buffer>); expected: { sheet: string; cell: string } | { wholeFile: true } };

const xlsxRows = validRows.map((rows) => rows.map((r) => [r.indicator, r.orgunit, r.period, Number(r.value), r.status, null] as (string | number | null)[]));

const xlsxCaseArb: fc.Arbitrary<XlsxCase> = xlsxRows.chain((rows) => {
  const at = fc.integer({ min: 0, max: rows.length - 1 });
  const sheet = fc.constantFrom('data', 'Số liệu tháng', 'Sheet 2');
  const breakCell = (column: number, values: (string | number)[]) =>
    fc.tuple(at, fc.constantFrom(...values), sheet).map(([i, v, name]): XlsxCase => {
      const broken = rows.map((r, j) => (j === i ? r.map((c, k) => (k === column ? v : c)) : r));
      return {
        label: `${XLSX_HEADER[column]} = ${String(v).slice(0, 20)} on ${name}`,
        bytes: () => workbook([{ name, rows: [XLSX_HEADER, ...broken] }]),
        expected: { sheet: name, cell: `${'ABCDEF'[column]}${i + 2}` },
      };
    });
  return fc.oneof(
    breakCell(3, ['mười hai', '12x', 'x'.repeat(40_000), '#N/A?', '--5']),
    breakCell(2, ['Tháng 13/2026', '2026-13', 'quý 5']),
    breakCell(4, ['draft', 'final']),
    fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.boolean()).map(([cut, keepMagic]): XlsxCase => ({
      label: `workbook cut at ${cut}${keepMagic ? '' : ' (head too)'}`,
      bytes: async () => {
        const full = await workbook([{ name: 'data', rows: [XLSX_HEADER, ...rows] }]);
        const end = Math.min(full.length - 22, Math.max(keepMagic ? 4 : 1, cut % full.length));
        return full.subarray(0, end);
      },
      expected: { wholeFile: true },
    })),
    fc.constantFrom<XlsxCase>(
      { label: 'a PNG named .xlsx', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), expected: { wholeFile: true } },
      { label: 'a PDF', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), expected: { wholeFile: true } },
      {
        label: 'a CSV sent as a workbook',
        bytes: Buffer.from('indicator,orgunit,period,value,status\nRETAIL,40,2024-01,1,estimate\n'),
        expected: { wholeFile: true },
      },
    ),
    fc.uint8Array({ minLength: 4, maxLength: 4000 }).map((junk): XlsxCase => ({
      label: 'zip magic then junk',
      bytes: Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from(junk)]),
      expected: { wholeFile: true },
    })),
  );
});

describe('malformed imports', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.as('officer', ['40']);
  });
  afterAll(() => t.close());

  it('accepts the valid files the corpus is made from (dry run), so each refusal below is for the mutation', async () => {
    await fc.assert(
      fc.asyncProperty(validRows, async (rows) => {
        const res = await officer.json('POST', '/api/imports/csv', { fileName: 'ok.csv', csv: toCsv(COLUMNS, cells(rows)), dryRun: true });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.written).toBe(rows.length);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses every malformed CSV, naming the row and column, and leaves every table unchanged', async () => {
    const before = await fingerprint(t.db);
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const res = await officer.json('POST', '/api/imports/csv', { fileName: 'hỏng.csv', csv: c.csv, dryRun: false });
        expect([400, 422], `${c.label}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toContain(res.status);
        if (res.status === 400) {
          // Text PostgreSQL cannot store is refused before the import reads it, naming the field and the line.
          expect(c.csv.includes('\u0000'), `${c.label}: ${JSON.stringify(res.body)}`).toBe(true);
          expect(res.body.error.details.fields[0].path).toBe('body.csv');
          expect(res.body.error.details.fields[0].message).toMatch(/NUL/);
          if ('row' in c.expected) expect(res.body.error.details.fields[0].message).toContain(`line ${c.expected.row},`);
          expect(await fingerprint(t.db), c.label).toEqual(before);
          return;
        }
        const problems = (res.body.error.details?.problems ?? []) as Problem[];
        if (res.status === 422) expect(problems.length, c.label).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p.message.vi.length, c.label).toBeGreaterThan(0);
          expect(p.message.en.length, c.label).toBeGreaterThan(0);
          // A data or header problem says "Row N, column C"; a syntax error names the line in the parser's words.
          if (p.row > 0) expect(p.message.en, c.label).toContain(`Row ${p.row}, column ${p.column}`);
          else expect(p.message.en, c.label).toMatch(/line \d+|not valid CSV/);
        }
        const e = c.expected;
        if ('row' in e)
          expect(
            problems.map((p) => `${p.row}:${p.column}`),
            c.label,
          ).toContain(`${e.row}:${e.column}`);
        if ('header' in e)
          expect(
            problems.map((p) => `${p.row}:${p.column}`),
            c.label,
          ).toContain('1:header');
        if ('syntax' in e)
          expect(
            problems.some((p) => p.row === 0 && /line \d+/.test(p.message.en)),
            `${c.label}: ${JSON.stringify(problems)}`,
          ).toBe(true);
        expect(await fingerprint(t.db), c.label).toEqual(before);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('refuses every malformed or mistyped workbook, naming the sheet and cell (or the file), and leaves every table unchanged', async () => {
    const before = await fingerprint(t.db);
    await fc.assert(
      fc.asyncProperty(xlsxCaseArb, async (c) => {
        const bytes = typeof c.bytes === 'function' ? await c.bytes() : c.bytes;
        const res = await officer.json('POST', '/api/imports/xlsx?orgunit=40&dryRun=false&status=estimate', {
          fileName: 'hỏng.xlsx',
          contentBase64: bytes.toString('base64'),
        });
        expect([415, 422], `${c.label}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toContain(res.status);
        const details = res.body.error.details as {
          problems?: { sheet: string; cell: string; severity: string; message: { vi: string; en: string } }[];
          message?: { vi: string; en: string };
        };
        if ('wholeFile' in c.expected) {
          // A file that cannot be opened is refused as a whole, with a message in both languages naming the file.
          expect(details.message?.vi, c.label).toContain('hỏng.xlsx');
          expect(details.message?.en, c.label).toContain('hỏng.xlsx');
        } else {
          const errors = (details.problems ?? []).filter((p) => p.severity === 'error');
          expect(
            errors.map((p) => `${p.sheet}!${p.cell}`),
            c.label,
          ).toContain(`${c.expected.sheet}!${c.expected.cell}`);
          for (const p of errors) expect(p.message.vi.length * p.message.en.length, c.label).toBeGreaterThan(0);
        }
        expect(await fingerprint(t.db), c.label).toEqual(before);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});
