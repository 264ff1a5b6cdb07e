import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/core/config';
import { createUser } from '../server/src/modules/accounts';
import { benchIndicators, type ScaleSpec } from './generate';
import { percentiles, type BenchDatabase } from './support';

type App = ReturnType<typeof createApp>;

/** The app on a benchmark database with a logged-in viewer of every province; requests go through app.request (no network). */
export async function benchApp(h: BenchDatabase) {
  const app = createApp({ db: h.db, kind: h.kind, config: { ...loadConfig({}), webDist: '/nonexistent' } });
  const username = `bench.viewer.${Math.random().toString(36).slice(2, 8)}`;
  await createUser(h.db, null, { username, displayName: 'bench', role: 'viewer', scope: ['*'], password: 'bench-password' });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'bench-password' }),
  });
  if (login.status !== 200) throw new Error(`bench login failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const get = (path: string) => app.request(path, { headers: { cookie } });
  return { app, get };
}

/** Latency samples of a request, after a warm-up; every answer must be 200. */
export async function measure(n: number, fn: () => Response | Promise<Response>, warmup = 10) {
  const samples: number[] = [];
  for (let i = 0; i < n + warmup; i++) {
    const t0 = performance.now();
    const res = await fn();
    const body = await res.text();
    if (res.status !== 200) throw new Error(`status ${res.status}: ${body.slice(0, 300)}`);
    if (i >= warmup) samples.push(performance.now() - t0);
  }
  return percentiles(samples);
}

/** The requests the figures benchmark makes for a scale. */
export function figuresRequests(spec: ScaleSpec) {
  const year = spec.years.at(-1)!;
  const indicators = benchIndicators(spec)
    .map((i) => i.code)
    .join(',');
  return {
    view: `/api/figures?indicator=${indicators}&orgunit=${spec.provinces[0]}&period=${year}-06`,
    ranking: `/api/figures/ranking?indicator=BENCH_01&period=${year}-01/${year}-06`,
    comparison: `/api/comparison?indicator=BENCH_01&period=${year}-01/${year}-06`,
  };
}

/** Latency of the figures endpoint for a province's full monthly view and of the national ranking, vs a bare route of the same app. */
export async function benchFigures(h: BenchDatabase, spec: ScaleSpec, n = 300) {
  const { app, get } = await benchApp(h);
  const r = figuresRequests(spec);
  const bare = await measure(n, () => (app as App).request('/api/health'));
  const view = await measure(n, () => get(r.view));
  const ranking = await measure(Math.max(50, n / 5), () => get(r.ranking));
  const comparisonProbe = await get(r.comparison);
  await comparisonProbe.text();
  const comparison = comparisonProbe.status === 200 ? await measure(Math.max(50, n / 5), () => get(r.comparison)) : null;
  return { kind: h.kind, version: h.version, bare, view, ranking, comparison, indicators: spec.indicators, provinces: spec.provinces.length, requests: r };
}
