import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../server/src/database';
import { importFiguresCsv } from '../server/src/modules/indicators';
import { createIndicator } from '../server/src/modules/indicators/indicators.service';
import { benchIndicators, figureCount, figureCsvLines, type ScaleSpec } from './generate';
import { BENCH_ACTOR, freshDatabase, time } from './support';

/** Creates the generated indicators the CSV refers to. */
export async function createBenchIndicators(h: DatabaseHandle, spec: ScaleSpec) {
  for (const ind of benchIndicators(spec)) {
    await createIndicator(h.db, BENCH_ACTOR, {
      code: ind.code,
      nameVi: `Chỉ tiêu thử ${ind.code}`,
      nameEn: `Bench ${ind.code}`,
      unitVi: 'tỷ đồng',
      unitEn: 'billion VND',
      kind: 'flow',
      decimals: 1,
      categories: ind.categories.map((c) => ({ code: c, dimension: 'bench', nameVi: c, nameEn: c })),
    });
  }
}

const BARE = `create table bench_copy (indicator text, orgunit text, period text, value numeric, status text, category text)`;

async function copyBaseline(h: DatabaseHandle & { url?: string }, csv: string): Promise<number> {
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

/** Import throughput: the product's CSV import vs PostgreSQL COPY of the same rows into a bare table. */
export async function benchImport(kind: 'pglite' | 'postgres', spec: ScaleSpec) {
  const csv = [...figureCsvLines(spec)].join('\n') + '\n';
  const rows = figureCount(spec);
  const h = await freshDatabase(kind);
  try {
    await createBenchIndicators(h, spec);
    const copyMs = await copyBaseline(h, csv);
    const { ms: importMs, result } = await time(() => importFiguresCsv(h.db, null, csv, { fileName: 'bench.csv', dryRun: false }));
    if (result.written !== rows) throw new Error(`import wrote ${result.written} of ${rows}`);
    const { ms: againMs } = await time(() => importFiguresCsv(h.db, null, csv, { fileName: 'bench.csv', dryRun: false }));
    return { kind, rows, importPerSec: rows / (importMs / 1000), copyPerSec: rows / (copyMs / 1000), ratio: copyMs / importMs, reimportPerSec: rows / (againMs / 1000) };
  } finally {
    await h.close();
  }
}

export { fs };
