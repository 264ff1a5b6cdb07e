import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchColdStart } from './coldstart.bench';
import { benchFigures } from './figures.bench';
import { benchFreshness } from './freshness.bench';
import { SCALES, figuresPerVintage, writeDataset, type Scale } from './generate';
import { benchHttp } from './http.bench';
import { benchImport } from './import.bench';
import { benchReport } from './report.bench';
import { loadDataset } from './load';
import { benchDatabases, fmt, freshDatabase, loadAverage, machine, table, time, verdict, type BenchDatabase } from './support';
import { benchWeb } from './web.bench';

/**
 * `npm run bench [-- --scale small|province|national] [--only import,figures,freshness,report,http,web,coldstart]
 * [--db postgres,pglite] [--out FILE]`: runs the benchmarks and prints markdown tables (also to FILE), each with the
 * machine, the database and the baseline measured in the same run. Not part of `npm test`.
 */
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const scale = (arg('--scale') ?? 'province') as Scale;
if (!SCALES[scale]) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const ALL = ['import', 'figures', 'freshness', 'report', 'http', 'web', 'coldstart'];
const only = (arg('--only') ?? ALL.join(',')).split(',');
const kinds = (await benchDatabases()).filter((k) => !arg('--db') || arg('--db')!.split(',').includes(k));
const out = arg('--out');
const spec = SCALES[scale];
const lines: string[] = [];
const print = (text = '') => {
  console.log(text);
  lines.push(text);
};
const progress = (text: string) => process.stderr.write(`${text}\n`);
const ms = (v: number) => fmt(v, v < 10 ? 2 : 1);

print(`# congthuong benchmarks — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
print(
  `Machine: ${machine()}. Load average at start: ${loadAverage()}. Scale: **${scale}** — ${fmt(spec.vintages * figuresPerVintage(spec))} figures (${spec.provinces.length} province(s) × ${spec.indicators} indicators × ${spec.categories} categories and their total × ${spec.years.length} years of months × ${spec.vintages} vintage(s)), with plans and monthly scenarios for every year.\n`,
);

const dataset = only.some((o) => ['import', 'figures'].includes(o)) ? writeDataset(spec) : null;

for (const kind of kinds) {
  if (!dataset) break;
  const dataDir = kind === 'pglite' && scale === 'national' ? fs.mkdtempSync(path.join(os.tmpdir(), 'ct-bench-pglite-')) : undefined;
  const repeat = scale === 'national' ? 1 : 3;
  let h: BenchDatabase | null = null;
  try {
    let loadedVintages = 0;
    if (only.includes('import')) {
      progress(`import (${kind}, best of ${repeat}) …`);
      const { result: r, db } = await benchImport(kind, dataset, { repeat, ...(dataDir ? { dataDir } : {}) });
      h = db;
      loadedVintages = r.loaded;
      print(`## ${h.version}${dataDir ? ' (data directory on disk)' : kind === 'pglite' ? ' (in memory)' : ''}\n`);
      print(`### Import — ${fmt(r.rows)} figures (one vintage file), fastest of ${r.passes} pass(es) on fresh databases\n`);
      print(
        table(
          ['path', 'figures/s', 'ratio to COPY', 'target'],
          [
            ['PostgreSQL COPY of the same CSV into a bare table (baseline)', fmt(r.copyPerSec), '1.00', ''],
            [
              'product CSV import into an empty store (parse, check, key, write vintages, audit)',
              fmt(r.importPerSec),
              fmt(r.ratio, 3),
              kind === 'postgres' ? `≥ 0.5 ${verdict(r.ratio >= 0.5)}` : '—',
            ],
            ['product CSV import of the next vintage (every row a revision)', fmt(r.revisePerSec), fmt(r.revisePerSec / r.copyPerSec, 3), ''],
            ['the same file again (nothing changes, nothing written)', fmt(r.samePerSec), fmt(r.samePerSec / r.copyPerSec, 3), ''],
            [
              `product XLSX import (the POST /api/imports/xlsx service, long format, first ${fmt(r.xlsx.rows)} rows, ${fmt(r.xlsx.bytes / 1024)} KB)`,
              fmt(r.xlsx.perSec),
              fmt(r.xlsx.ratio, 3),
              '',
            ],
          ],
        ),
      );
      const p = r.phases;
      print(`\nWhere the time of the CSV import goes (${fmt(r.rows)} rows):\n`);
      print(
        table(
          ['phase', 'ms', 'share'],
          [
            ['parse the CSV (csv-parse)', fmt(p.parseMs), `${fmt((100 * p.parseMs) / p.totalMs)} %`],
            ['check and key every row (catalogue, units, periods, duplicates)', fmt(p.validateMs), `${fmt((100 * p.validateMs) / p.totalMs)} %`],
            ['write: stage, look up the latest vintage, insert, audit, commit', fmt(p.writeMs), `${fmt((100 * p.writeMs) / p.totalMs)} %`],
            ['total', fmt(p.totalMs), '100 %'],
            [
              '(floor) INSERT … SELECT of the same rows, already in the database, into a copy of figure_vintage with its keys',
              fmt(p.floorMs),
              `${fmt((100 * p.floorMs) / p.totalMs)} %`,
            ],
          ],
        ),
      );
      print('');
    }
    if (only.includes('figures')) {
      if (!h) {
        h = await freshDatabase(kind, dataDir ? { dataDir } : {});
        print(`## ${h.version}${dataDir ? ' (data directory on disk)' : kind === 'pglite' ? ' (in memory)' : ''}\n`);
      }
      progress(`loading the ${scale} dataset (${kind}) …`);
      const load = await time(() => loadDataset(h!, dataset, { fromVintage: loadedVintages, log: progress }));
      print(
        `Dataset loaded through the product (CSV import per vintage, plans import, scenario service) in ${fmt(load.ms / 1000, 1)} s${loadedVintages ? ` after the ${loadedVintages} vintage(s) of the import benchmark` : ''}.\n`,
      );
      progress(`figures (${kind}) …`);
      const r = await benchFigures(h, spec);
      const target = kind === 'postgres' ? 20 : 50;
      print(`### Figures endpoint (in-process requests, ${fmt(r.view.n)} samples)\n`);
      print(
        table(
          ['request', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 ÷ bare p95', 'target p95'],
          [
            ['GET /api/health (bare route, baseline)', ms(r.bare.p50), ms(r.bare.p95), ms(r.bare.p99), '1.0', ''],
            [
              `province monthly view: ${r.indicators} indicators with growth, plan, scenario (${spec.years.length} years stored)`,
              ms(r.view.p50),
              ms(r.view.p95),
              ms(r.view.p99),
              fmt(r.view.p95 / r.bare.p95, 1),
              `≤ ${target} ms ${verdict(r.view.p95 <= target)}`,
            ],
            [
              `ranking of ${r.provinces} province(s), one indicator, 6 months`,
              ms(r.ranking.p50),
              ms(r.ranking.p95),
              ms(r.ranking.p99),
              fmt(r.ranking.p95 / r.bare.p95, 1),
              r.provinces > 1 ? `≤ 300 ms ${verdict(r.ranking.p95 <= 300)}` : '(national scale)',
            ],
            ...(r.comparison
              ? [
                  [
                    `GET /api/comparison, ${r.provinces} province(s)`,
                    ms(r.comparison.p50),
                    ms(r.comparison.p95),
                    ms(r.comparison.p99),
                    fmt(r.comparison.p95 / r.bare.p95, 1),
                    '',
                  ],
                ]
              : []),
          ],
        ),
      );
      print(`\nRequests: \`${r.requests.view.replace(/indicator=[^&]+/, 'indicator=BENCH_01,…')}\`, \`${r.requests.ranking}\`.\n`);
    }
  } finally {
    await h?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (only.includes('freshness')) {
  print(`## Freshness (demo data, in-process requests)\n`);
  const rows = [];
  for (const kind of kinds) {
    progress(`freshness (${kind}) …`);
    const r = await benchFreshness(kind);
    rows.push([r.version, 'PUT /api/figures (the save)', '', ms(r.save.p50)]);
    for (const v of r.views) rows.push([r.version, v.name, `${v.fresh}/${r.rounds} ${verdict(v.fresh === r.rounds)}`, ms(v.p50)]);
  }
  print(table(['database', 'request', 'the very next request after the save shows it', 'p50 ms'], rows));
  print(`\nTarget: the very next request shows the saved figure. The overview is kept in memory and checked against the data versions the save renewed.\n`);
}

if (only.includes('report')) {
  print(`## Monthly report (demo data, Nghệ An, in-process requests)\n`);
  for (const kind of kinds) {
    progress(`report (${kind}) …`);
    const r = await benchReport(kind);
    print(`### ${r.version}\n`);
    print(
      table(
        ['request', 'p50 ms', 'p95 ms', 'p99 ms', 'samples', 'p95 ÷ bare p95'],
        r.rows.map((row) => [row.label, ms(row.p50), ms(row.p95), ms(row.p99), row.n, fmt(row.p95 / r.bare.p95, 1)]),
      ),
    );
    print(`\nRequests: \`${r.requests.latest}\`, \`${r.requests.asOf}\`.\n`);
  }
}

if (only.includes('http')) {
  print(`## HTTP (autocannon, 50 connections, server on 127.0.0.1 as a child process, demo data)\n`);
  const rows = [];
  for (const kind of kinds) {
    progress(`http (${kind}) …`);
    const r = await benchHttp(kind);
    rows.push([
      kind,
      'GET /api/health (bare route, baseline)',
      fmt(r.health.rps),
      ms(r.health.p50),
      ms(r.health.p99),
      `${r.health.errors}/${r.health.non2xx}`,
      '1.00',
      '',
    ]);
    rows.push([
      kind,
      'GET /api/overview?orgunit=40 (logged in)',
      fmt(r.overview.rps),
      ms(r.overview.p50),
      ms(r.overview.p99),
      `${r.overview.errors}/${r.overview.non2xx}`,
      fmt(r.ratio, 2),
      `ratio ≥ 0.5 ${verdict(r.ratio >= 0.5)}, p99 ≤ 50 ms ${verdict(r.overview.p99 <= 50)}`,
    ]);
    rows.push([
      kind,
      'GET /api/auth/me (logged in: the session lookup alone, for comparison)',
      fmt(r.me.rps),
      ms(r.me.p50),
      ms(r.me.p99),
      `${r.me.errors}/${r.me.non2xx}`,
      fmt(r.me.rps / r.health.rps, 2),
      '',
    ]);
  }
  print(table(['database', 'route', 'requests/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'ratio', 'target'], rows));
  print('');
}

if (only.includes('web')) {
  progress('web …');
  const r = await benchWeb();
  print(`## Web (web/dist; gzip -9 of the JavaScript)\n`);
  print(
    table(
      ['page', 'JS from web/dist (module graph)', 'JS loaded in Chromium', 'target'],
      r.pages.map((p) => [
        p.label,
        `${fmt(p.fromDist.kb, 1)} KB (${p.fromDist.files} files)`,
        Number.isNaN(p.loaded.kb)
          ? `— (${'error' in p.loaded ? String(p.loaded.error).split('\n')[0] : ''})`
          : `${fmt(p.loaded.kb, 1)} KB (${p.loaded.files} files)`,
        `≤ ${p.budgetKb} KB ${verdict(Math.max(p.fromDist.kb, Number.isNaN(p.loaded.kb) ? 0 : p.loaded.kb) <= p.budgetKb)}`,
      ]),
    ),
  );
  print(
    `\nLighthouse performance score of the log-in page (Chromium ${'/usr/bin/chromium'}): ${r.lighthouse.score === null ? '—' : `**${r.lighthouse.score}** ${verdict(r.lighthouse.score >= 90)}`} (target ≥ 90) — ${r.lighthouse.note}.\n`,
  );
}

if (only.includes('coldstart')) {
  print(`## Cold start (\`node --import tsx server/src/main.ts\`, web already built, to the first 200 of /api/health)\n`);
  const rows = [];
  const phaseRows: { label: string; phases: { step: string; ms: number }[] }[] = [];
  for (const kind of kinds) {
    progress(`cold start (${kind}) …`);
    const r = await benchColdStart(kind);
    phaseRows.push({ label: `${kind}, new`, phases: r.freshPhases }, { label: `${kind}, reopened`, phases: r.reopenPhases });
    rows.push([
      kind === 'pglite' ? 'PGlite, new data directory (migrations + demo data)' : 'PostgreSQL, new database (migrations + demo data)',
      fmt(r.freshMs / 1000, 2),
      `≤ 5 s ${verdict(r.freshMs <= 5000)}`,
    ]);
    rows.push([
      kind === 'pglite' ? 'PGlite, reopening that data directory (median of 3)' : 'PostgreSQL, reopening that database (median of 3)',
      fmt(r.reopenMs / 1000, 2),
      '',
    ]);
  }
  print(table(['start', 'seconds', 'target'], rows));
  print(`\nWhere the time goes (the steps of main.ts in a child process, seconds):\n`);
  const steps = [...new Set(phaseRows.flatMap((r) => r.phases.map((p) => p.step)))];
  print(
    table(
      ['step', ...phaseRows.map((r) => r.label)],
      steps.map((step) => [
        step,
        ...phaseRows.map((r) => {
          const p = r.phases.find((x) => x.step === step);
          return p ? fmt(p.ms / 1000, 2) : '—';
        }),
      ]),
    ),
  );
  print('');
}

print(`Load average at the end: ${loadAverage()}.`);
if (out) fs.writeFileSync(out, lines.join('\n') + '\n');
process.exit(0);
