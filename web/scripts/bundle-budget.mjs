// Builds the app into a temporary folder with a manifest and prints the gzip size of the JavaScript
// each page needs (its chunks and everything they import statically). Exits 1 when the log-in page
// is over its budget. Run: npm run size -w web
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKb = 150;
const overviewBudgetKb = 400;
const web = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'ct-web-size-'));

try {
  execFileSync('npx', ['vite', 'build', '--manifest', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: web, stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length / 1000;
  const key = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);

  const closure = (keys) => {
    const seen = new Set();
    const walk = (k) => {
      if (!k || seen.has(k)) return;
      seen.add(k);
      for (const i of manifest[k].imports ?? []) walk(i);
    };
    keys.forEach(walk);
    return [...seen];
  };
  const size = (keys) => closure(keys).reduce((sum, k) => sum + gz(manifest[k].file), 0);
  // A page with the parts it imports lazily once shown (the overview's chart component with ECharts); other pages,
  // the layout and the catalog of the other language are not loaded by it and are not counted.
  const skipDynamic = (k) => manifest[k].isEntry || k.includes('/routes/') || k.endsWith('layout.tsx') || k.includes('/locales/');
  const withDynamic = (keys) => {
    const all = new Set(closure(keys));
    for (const k of [...all]) for (const d of manifest[k].dynamicImports ?? []) if (!skipDynamic(d)) closure([d]).forEach((c) => all.add(c));
    return [...all].filter((k) => manifest[k].file.endsWith('.js')).reduce((sum, k) => sum + gz(manifest[k].file), 0);
  };
  const css = Object.values(manifest)
    .flatMap((m) => m.css ?? [])
    .filter((f, i, all) => all.indexOf(f) === i)
    .reduce((sum, f) => sum + gz(f), 0);
  const all = Object.values(manifest)
    .map((m) => m.file)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gz(f), 0);

  const login = size([entry, key('routes/login.tsx')]);
  const rows = [
    ['log-in page (JS)', login],
    ['home after log-in (JS)', size([entry, key('app/layout.tsx'), key('routes/home.tsx')])],
    ['overview with charts (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/overview.tsx')])],
    ['clusters list (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/clusters.tsx')])],
    ['cluster map (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/cluster-map.tsx')])],
    ['cluster page (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/cluster.tsx')])],
    ['cluster rounds (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/cluster-rounds.tsx')])],
    ['my reports (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/my-reports.tsx')])],
    ['enterprises (JS)', withDynamic([entry, key('app/layout.tsx'), key('routes/enterprises.tsx')])],
    ['whole app (all JS)', all],
    ['CSS (one file)', css],
  ];
  for (const [label, kb] of rows) console.log(`${label.padEnd(26)} ${kb.toFixed(1).padStart(7)} kB gzip`);
  if (login > budgetKb) {
    console.error(`The log-in page needs ${login.toFixed(1)} kB of JavaScript (gzip); the budget is ${budgetKb} kB.`);
    process.exitCode = 1;
  }
  const overview = rows.find(([label]) => label.startsWith('overview'))[1];
  if (overview > overviewBudgetKb) {
    console.error(`The overview page with its charts needs ${overview.toFixed(1)} kB of JavaScript (gzip); the budget is ${overviewBudgetKb} kB.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
