import { benchImport } from './import.bench';
import { benchFigures } from './figures.bench';
import { SCALES, figureCount, type Scale } from './generate';
import { benchDatabases, machine, table } from './support';

/**
 * `npm run bench [-- --scale small|province|national] [--only import,figures]`: runs the benchmarks and
 * prints markdown tables, each with its baseline measured in the same run.
 */
const args = process.argv.slice(2);
const scale = (args[args.indexOf('--scale') + 1] && args.includes('--scale') ? args[args.indexOf('--scale') + 1] : 'province') as Scale;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : ['import', 'figures'];
const spec = SCALES[scale];
const f = (v: number, d = 0) => v.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });

console.log(`# congthuong benchmarks — ${new Date().toISOString().slice(0, 10)}\n\nMachine: ${machine()}. Scale: ${scale} (${f(figureCount(spec))} figures; ${spec.provinces.length} province(s), ${spec.indicators} indicators × ${spec.categories + 1} categories, ${spec.years.length} years of months, ${spec.vintages} vintage(s)).\n`);

for (const kind of await benchDatabases()) {
  if (only.includes('import')) {
    const r = await benchImport(kind, spec);
    console.log(`## Import (${kind})\n`);
    console.log(table(['path', 'figures/s', 'ratio to COPY'], [
      ['COPY into a bare table (baseline)', f(r.copyPerSec), '1.00'],
      ['product CSV import (validate, vintages, audit)', f(r.importPerSec), f(r.ratio, 2)],
      ['same file again (no change)', f(r.reimportPerSec), '—'],
    ]));
    console.log(`\nTarget: ratio ≥ 0.5 on PostgreSQL.\n`);
  }
  if (only.includes('figures')) {
    const r = await benchFigures(kind, spec);
    console.log(`## Figures endpoint (${kind})\n`);
    console.log(table(['request', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 ÷ bare p95'], [
      ['GET /api/health (bare route, baseline)', f(r.bare.p50, 2), f(r.bare.p95, 2), f(r.bare.p99, 2), '1.0'],
      [`province monthly view: ${r.indicators} indicators with growth, plan, scenario`, f(r.view.p50, 2), f(r.view.p95, 2), f(r.view.p99, 2), f(r.view.p95 / r.bare.p95, 1)],
      [`ranking of ${r.provinces} province(s), one indicator`, f(r.rank.p50, 2), f(r.rank.p95, 2), f(r.rank.p99, 2), f(r.rank.p95 / r.bare.p95, 1)],
    ]));
    console.log(`\nTargets: province view ≤ 20 ms p95 on PostgreSQL, ≤ 50 ms on PGlite; national ranking ≤ 300 ms p95.\n`);
  }
}
process.exit(0);
