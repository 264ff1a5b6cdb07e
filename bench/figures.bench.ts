import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/core/config';
import { createUser } from '../server/src/modules/accounts';
import { importFiguresCsv } from '../server/src/modules/indicators';
import { benchIndicators, figureCsvLines, type ScaleSpec } from './generate';
import { createBenchIndicators } from './import.bench';
import { freshDatabase, percentile } from './support';

async function measure(n: number, fn: () => Response | Promise<Response>) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fn();
    const body = await res.text();
    if (res.status !== 200) throw new Error(`status ${res.status}: ${body}`);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

/** Latency of the figures endpoint for a province's full monthly view, vs a bare route of the same app. */
export async function benchFigures(kind: 'pglite' | 'postgres', spec: ScaleSpec, n = 200) {
  const h = await freshDatabase(kind);
  try {
    await createBenchIndicators(h, spec);
    await importFiguresCsv(h.db, null, [...figureCsvLines(spec)].join('\n') + '\n', { fileName: 'bench.csv', dryRun: false });
    await createUser(h.db, null, { username: 'bench.viewer', displayName: 'bench', role: 'viewer', scope: ['*'], password: 'bench-password' });
    const app = createApp({ db: h.db, kind: h.kind, config: { ...loadConfig({}), webDist: '/nonexistent' } });
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.viewer', password: 'bench-password' }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const year = spec.years.at(-1)!;
    const indicators = benchIndicators(spec).map((i) => i.code).join(',');
    const province = `/api/figures?indicator=${indicators}&orgunit=${spec.provinces[0]}&period=${year}-06`;
    const national = `/api/figures/ranking?indicator=BENCH_01&period=${year}-01/${year}-06`;
    const bare = await measure(n, () => app.request('/api/health'));
    const view = await measure(n, () => app.request(province, { headers: { cookie } }));
    const rank = await measure(Math.max(20, n / 5), () => app.request(national, { headers: { cookie } }));
    return { kind, bare, view, rank, indicators: spec.indicators, provinces: spec.provinces.length };
  } finally {
    await h.close();
  }
}
