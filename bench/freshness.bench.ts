import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/core/config';
import { seedDemo } from '../server/src/seed';
import { freshDatabase, percentiles, type BenchKind } from './support';

type Client = { get: (path: string) => Response | Promise<Response>; put: (path: string, body: unknown) => Response | Promise<Response> };

async function client(app: ReturnType<typeof createApp>, username: string): Promise<Client> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    get: (path) => app.request(path, { headers: { cookie } }),
    put: (path, body) =>
      app.request(path, { method: 'PUT', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
}

/** Does a JSON answer show the value (as a number anywhere in it)? */
function shows(json: unknown, value: number): boolean {
  let found = false;
  const walk = (v: unknown) => {
    if (found) return;
    if (typeof v === 'number' && Math.abs(v - value) < 1e-9) found = true;
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return found;
}

/**
 * Freshness: a director saves a new retail figure for Nghệ An's latest month (demo data) through PUT /api/figures;
 * the very next GET of each view — the figures endpoint, the province overview (answered from memory while the data
 * is unchanged) and the monthly report — must show it. Repeated with a new value each time; reports how many next
 * requests showed it and how long the save and the requests took.
 */
export async function benchFreshness(kind: BenchKind, rounds = 30) {
  const h = await freshDatabase(kind);
  try {
    await seedDemo(h.db);
    const app = createApp({ db: h.db, kind: h.kind, config: { ...loadConfig({}), webDist: '/nonexistent' } });
    const director = await client(app, 'director');
    const overview = (await (await director.get('/api/overview?orgunit=40')).json()) as { period: string };
    const period = overview.period;
    const views = [
      { name: 'GET /api/figures', path: `/api/figures?indicator=RETAIL&orgunit=40&period=${period}`, fresh: 0, reads: [] as number[] },
      { name: 'GET /api/overview (kept in memory)', path: `/api/overview?orgunit=40&period=${period}`, fresh: 0, reads: [] as number[] },
      { name: 'GET /api/reports/monthly (JSON)', path: `/api/reports/monthly?orgunit=40&period=${period}&format=json`, fresh: 0, reads: [] as number[] },
    ];
    const saves: number[] = [];
    for (const view of views) await (await director.get(view.path)).text(); // every view computed (and kept) once before the first save
    for (let i = 0; i < rounds; i++) {
      const value = 9000.5 + i * 7;
      let t0 = performance.now();
      const put = await director.put('/api/figures', {
        indicator: 'RETAIL',
        orgunit: '40',
        period,
        value,
        status: 'estimate',
        reason: 'Đo độ tươi / freshness benchmark',
      });
      if (put.status !== 200) throw new Error(`save answered ${put.status}: ${await put.text()}`);
      await put.text();
      saves.push(performance.now() - t0);
      for (const view of views) {
        t0 = performance.now();
        const seen = await (await director.get(view.path)).json();
        view.reads.push(performance.now() - t0);
        if (shows(seen, value)) view.fresh++;
      }
    }
    return {
      kind,
      version: h.version,
      rounds,
      period,
      save: percentiles(saves),
      views: views.map((v) => ({ name: v.name, fresh: v.fresh, ...percentiles(v.reads) })),
    };
  } finally {
    await h.close();
  }
}
