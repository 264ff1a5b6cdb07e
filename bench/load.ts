import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DatabaseHandle } from '../server/src/database';
import { importFiguresCsv } from '../server/src/modules/indicators';
import { createIndicator } from '../server/src/modules/indicators/indicators.service';
import { saveScenario } from '../server/src/modules/indicators/plans.service';
import { benchIndicators, type Dataset, type ScaleSpec } from './generate';
import { BENCH_ACTOR, time } from './support';

/** Creates the generated indicators (flows with their categories) the CSV files refer to. */
export async function createBenchIndicators(h: Pick<DatabaseHandle, 'db'>, spec: Pick<ScaleSpec, 'indicators' | 'categories'>) {
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

/** How long each part of loading a dataset took, in milliseconds. */
export type LoadTimings = { vintages: number[]; plans: number; scenarios: number };

/**
 * Loads a generated dataset through the product's own code: the CSV import for every vintage file (in order, from
 * `fromVintage` when the first ones, and the indicators, are loaded already) and the plans file, the scenario
 * service for every scenario row.
 */
export async function loadDataset(
  h: Pick<DatabaseHandle, 'db'>,
  d: Dataset,
  opts: { fromVintage?: number; log?: (line: string) => void } = {},
): Promise<LoadTimings> {
  const log = opts.log ?? (() => {});
  if (!opts.fromVintage) await createBenchIndicators(h, d.spec);
  const timings: LoadTimings = { vintages: [], plans: 0, scenarios: 0 };
  for (const file of d.vintages.slice(opts.fromVintage ?? 0)) {
    const { ms, result } = await time(() => importFiguresCsv(h.db, null, fs.readFileSync(file, 'utf8'), { fileName: path.basename(file), dryRun: false }));
    timings.vintages.push(ms);
    log(`  ${path.basename(file)}: ${result.written.toLocaleString('en')} written in ${(ms / 1000).toFixed(1)} s`);
  }
  timings.plans = (await time(() => importFiguresCsv(h.db, null, fs.readFileSync(d.plans, 'utf8'), { fileName: 'plans.csv', dryRun: false }))).ms;
  log(`  plans.csv: ${(timings.plans / 1000).toFixed(1)} s`);
  const rows = parse(fs.readFileSync(d.scenarios, 'utf8'), { columns: true }) as Record<string, string>[];
  timings.scenarios = (
    await time(async () => {
      for (const r of rows) {
        const values = Array.from({ length: 12 }, (_, m) => Number(r[`m${m + 1}`]));
        await saveScenario(h.db, BENCH_ACTOR, { indicator: r.indicator!, orgunit: r.orgunit!, year: Number(r.year), granularity: 'month', values });
      }
    })
  ).ms;
  log(`  scenarios.csv: ${rows.length.toLocaleString('en')} scenarios in ${(timings.scenarios / 1000).toFixed(1)} s`);
  return timings;
}
