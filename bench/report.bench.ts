import { createApp } from '../server/src/app';
import type { Db } from '../server/src/database';
import { loadConfig } from '../server/src/core/config';
import { collectReportData, reportCatalogue } from '../server/src/modules/reports/content/collect';
import { batchedCompute, gatherReportFigures, unbatchedCompute, type FiguresScope } from '../server/src/modules/reports/content/figures';
import { seedDemo } from '../server/src/seed';
import { measure } from './figures.bench';
import { freshDatabase, percentiles, type BenchKind } from './support';

const AS_OF = '2023-06-07T17:00:00+07:00';

async function directorGet(app: ReturnType<typeof createApp>) {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'director', password: 'demo1234' }),
  });
  if (res.status !== 200) throw new Error(`login director: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return (path: string) => app.request(path, { headers: { cookie } });
}

/** The figures scope of Nghệ An's report for a month, latest figures. */
async function figuresScope(db: Db, period: string): Promise<FiguresScope> {
  const { indicators, categories } = await reportCatalogue(db);
  const codes = indicators.map((i) => i.code);
  return { orgunit: '40', year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)), codes, categories, cutoff: new Date() };
}

/** How many questions the report asks of the figures (each one computeFigures call before the batch). */
async function countQuestions(db: Db, scope: FiguresScope): Promise<number> {
  let n = 0;
  const compute = unbatchedCompute(db, scope);
  await gatherReportFigures((...q) => {
    n++;
    return compute(...q);
  }, scope);
  return n;
}

/** Latency samples of an async function, after a warm-up. */
async function measureFn(n: number, fn: () => Promise<unknown>, warmup = 3) {
  const samples: number[] = [];
  for (let i = 0; i < n + warmup; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= warmup) samples.push(performance.now() - t0);
  }
  return percentiles(samples);
}

/**
 * The monthly report on the demo data (Nghệ An), in-process: the JSON report of the latest month (one collection of
 * the figures), the May 2023 report as of 7 June 2023 (the as-of collection plus a fresh one for "newer figures"),
 * the collection of the report's data alone (collectReportData), and its figures alone read both ways — one
 * computeFigures call per question (the path before the batch) and one batch — against GET /api/health in the same run.
 */
export async function benchReport(kind: BenchKind, n = 30) {
  const h = await freshDatabase(kind);
  try {
    await seedDemo(h.db);
    const app = createApp({ db: h.db, kind: h.kind, config: { ...loadConfig({}), webDist: '/nonexistent' } });
    const get = await directorGet(app);
    const overview = (await (await get('/api/overview?orgunit=40')).json()) as { period: string };
    const latest = `/api/reports/monthly?orgunit=40&period=${overview.period}&format=json`;
    const asOf = `/api/reports/monthly?orgunit=40&period=2023-05&asOf=${encodeURIComponent(AS_OF)}&format=json`;
    const bare = await measure(n * 10, () => app.request('/api/health'));
    const report = await measure(n, () => get(latest), 3);
    const reportAsOf = await measure(n, () => get(asOf), 3);
    const collect = await measureFn(n, () => collectReportData(h.db, { orgunit: '40', period: overview.period }));
    const scope = await figuresScope(h.db, overview.period);
    const questions = await countQuestions(h.db, scope);
    const unbatched = await measureFn(n, () => gatherReportFigures(unbatchedCompute(h.db, scope), scope));
    const batched = await measureFn(n, async () => gatherReportFigures(await batchedCompute(h.db, scope), scope));
    const rows = [
      { label: 'GET /api/health (bare route, baseline)', ...bare },
      { label: `GET /api/reports/monthly JSON, ${overview.period}, latest figures`, ...report },
      { label: 'GET /api/reports/monthly JSON, 2023-05 as of 7 June 2023 (+ a fresh collection for "newer figures")', ...reportAsOf },
      { label: `collectReportData alone (the data of the ${overview.period} report, latest)`, ...collect },
      { label: `its figures, one computeFigures call per question (${questions} calls, the path before the batch)`, ...unbatched },
      { label: 'its figures, one batch (one context load, then the engine in memory)', ...batched },
    ];
    return { kind, version: h.version, requests: { latest, asOf }, bare, rows };
  } finally {
    await h.close();
  }
}
