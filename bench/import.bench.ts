import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { AppError } from '../server/src/core/errors';
import { importFiguresCsv, importWorkbook } from '../server/src/modules/indicators';
import { figureCsvLines, figuresPerVintage, type Dataset } from './generate';
import { createBenchIndicators } from './load';
import { freshDatabase, time, type BenchDatabase, type BenchKind } from './support';

const BARE = `create table bench_copy (indicator text, orgunit text, period text, value numeric, status text, category text)`;

/** PostgreSQL COPY of a CSV into a bare table (no key, no index): the fastest way the engine takes rows in. */
async function copyBaseline(h: BenchDatabase, csv: string): Promise<number> {
  await sql.raw(BARE).execute(h.db);
  if (h.kind === 'postgres') {
    const client = new pg.Client({ connectionString: h.url, user: new URL(h.url!).username });
    await client.connect();
    const { ms } = await time(() => pipeline(Readable.from([csv]), client.query(copyFrom(`copy bench_copy from stdin with (format csv, header true)`))));
    await client.end();
    return ms;
  }
  const { ms } = await time(() => h.pglite!.query(`copy bench_copy from '/dev/blob' with (format csv, header true)`, [], { blob: new Blob([csv]) }));
  return ms;
}

/** The floor of any import into the figures table: INSERT … SELECT of rows already in the database into a copy with the same keys and indexes. */
async function insertFloor(h: BenchDatabase, importId: string): Promise<number> {
  await sql`create table bench_floor (like figure_vintage including all)`.execute(h.db);
  const cols = sql.raw(
    'indicator_code, unit_id, province_code, period, period_year, category, base, version, value, status, source_kind, source, note, import_id, recorded_by',
  );
  const { ms } = await time(() => sql`insert into bench_floor (${cols}) select ${cols} from figure_vintage where import_id = ${importId}`.execute(h.db));
  await sql`drop table bench_floor`.execute(h.db);
  return ms;
}

/** A long-format workbook (indicator | orgunit | period | value | status | category) of the first rows of a CSV. */
async function workbookOf(csv: string, maxRows: number): Promise<{ bytes: Buffer; rows: number }> {
  const records = parse(csv, { columns: true, to_line: maxRows + 1 }) as Record<string, string>[];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  ws.addRow(['indicator', 'orgunit', 'period', 'value', 'status', 'category']);
  for (const r of records) ws.addRow([r.indicator, r.orgunit, r.period, Number(r.value), r.status, r.category || null]);
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), rows: records.length };
}

/** What the import benchmark measured. */
export type ImportResult = Awaited<ReturnType<typeof benchImport>>['result'];

/** One pass of the import measurements on a fresh database (left holding the first two vintages). */
async function importPass(h: BenchDatabase, d: Dataset, first: string, second: string) {
  const rows = figuresPerVintage(d.spec);
  await createBenchIndicators(h, d.spec);
  const copyMs = await copyBaseline(h, first);
  const parseMs = (
    await time(async () => parse(first, { bom: true, columns: (c: string[]) => c.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true }))
  ).ms;
  // The same file with its last row broken: the import parses and checks every row, then refuses it without writing.
  const refused = first.replace(/,[^,\n]*,(estimate|preliminary|official),([^\n]*)\n$/, ',12x,$1,$2\n');
  const checkMs = (
    await time(async () => {
      try {
        await importFiguresCsv(h.db, null, refused, { fileName: 'refused.csv', dryRun: false });
        throw new Error('the broken file was accepted');
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'import_refused') throw error;
      }
    })
  ).ms;
  const fresh = await time(() => importFiguresCsv(h.db, null, first, { fileName: 'figures-v1.csv', dryRun: false }));
  if (fresh.result.written !== rows) throw new Error(`import wrote ${fresh.result.written} of ${rows}`);
  const floorMs = await insertFloor(h, fresh.result.importId!);
  await sql`drop table bench_copy`.execute(h.db);
  const reviseMs = (await time(() => importFiguresCsv(h.db, null, second, { fileName: 'figures-v2.csv', dryRun: false }))).ms;
  const same = await time(() => importFiguresCsv(h.db, null, second, { fileName: 'again.csv', dryRun: false }));
  if (same.result.written !== 0) throw new Error(`the same file again wrote ${same.result.written}`);
  return { copyMs, parseMs, checkMs, importMs: fresh.ms, floorMs, reviseMs, sameMs: same.ms };
}

/**
 * Import throughput: PostgreSQL COPY of the first vintage into a bare table (the baseline); the product's CSV import
 * of the same file into an empty store, of the second vintage on top (every row a revision), of the same file again
 * (no change); where the time goes; and the XLSX import of up to 25,200 of the same rows (on a database of its own).
 * Each pass runs on a fresh database and the fastest of `repeat` passes counts (the machine may be shared); the last
 * pass's database is returned, holding the first two vintages, for the next benchmarks.
 */
export async function benchImport(kind: BenchKind, d: Dataset, opts: { repeat?: number; dataDir?: string; xlsxRows?: number } = {}) {
  const first = fs.readFileSync(d.vintages[0]!, 'utf8');
  // A scale of one vintage gets its next vintage generated here, so revisions are measured at every scale.
  const second = d.vintages[1] ? fs.readFileSync(d.vintages[1], 'utf8') : [...figureCsvLines(d.spec, 1, d.seed)].join('\n') + '\n';
  const rows = figuresPerVintage(d.spec);
  const passes: Awaited<ReturnType<typeof importPass>>[] = [];
  let h: BenchDatabase | null = null;
  for (let i = 0; i < (opts.repeat ?? 1); i++) {
    await h?.close();
    h = await freshDatabase(kind, opts.dataDir ? { dataDir: opts.dataDir } : {});
    passes.push(await importPass(h, d, first, second));
  }
  const best = (k: keyof (typeof passes)[number]) => Math.min(...passes.map((p) => p[k]));
  const xlsx = await benchXlsx(kind, d, first, opts.xlsxRows ?? 25_200);
  const copyPerSec = rows / (best('copyMs') / 1000);
  const result = {
    kind,
    version: h!.version,
    rows,
    passes: passes.length,
    copyPerSec,
    importPerSec: rows / (best('importMs') / 1000),
    revisePerSec: rows / (best('reviseMs') / 1000),
    samePerSec: rows / (best('sameMs') / 1000),
    ratio: best('copyMs') / best('importMs'),
    phases: {
      parseMs: best('parseMs'),
      validateMs: best('checkMs') - best('parseMs'),
      writeMs: best('importMs') - best('checkMs'),
      totalMs: best('importMs'),
      floorMs: best('floorMs'),
    },
    xlsx: { ...xlsx, ratio: xlsx.perSec / copyPerSec },
    loaded: 2,
  };
  return { result, db: h! };
}

async function benchXlsx(kind: BenchKind, d: Dataset, csv: string, maxRows: number) {
  const { bytes, rows } = await workbookOf(csv, maxRows);
  const h = await freshDatabase(kind);
  try {
    await createBenchIndicators(h, d.spec);
    const { ms, result } = await time(() =>
      importWorkbook(h.db, null, bytes, { fileName: 'figures.xlsx', orgunit: d.spec.provinces[0]!, status: null, dryRun: false }),
    );
    if (result.counts.write !== rows) throw new Error(`XLSX import wrote ${result.counts.write} of ${rows}: ${JSON.stringify(result.problems.slice(0, 3))}`);
    return { rows, bytes: bytes.length, perSec: rows / (ms / 1000) };
  } finally {
    await h.close();
  }
}
