import autocannon from 'autocannon';
import { createPgDatabase, type BenchKind } from './support';
import { loginAt, startBenchServer } from './server';

/** One autocannon run against a path of a running server. */
async function cannon(url: string, path: string, headers: Record<string, string>, seconds: number, connections: number) {
  const r = await autocannon({ url: `${url}${path}`, connections, duration: seconds, headers, timeout: 10 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r['2xx'] + r.non2xx };
}

/**
 * Requests per second and p99 latency of the province overview (GET /api/overview?orgunit=40, logged in, demo data)
 * at 50 concurrent connections, against GET /api/health of the same server in the same run (and, to read the ratio,
 * GET /api/auth/me: the cheapest logged-in route). The server is a child
 * process listening on 127.0.0.1 only; each run lasts a few seconds.
 */
export async function benchHttp(kind: BenchKind, opts: { seconds?: number; connections?: number } = {}) {
  const seconds = opts.seconds ?? 10;
  const connections = opts.connections ?? 50;
  const pgDb = kind === 'postgres' ? await createPgDatabase() : null;
  const server = await startBenchServer(pgDb ? { databaseUrl: pgDb.url } : {});
  try {
    const { cookie } = await loginAt(server.url, 'officer.nghean');
    const headers = { cookie };
    const overviewPath = '/api/overview?orgunit=40';
    const check = await fetch(`${server.url}${overviewPath}`, { headers });
    if (check.status !== 200) throw new Error(`overview answered ${check.status}`);
    await cannon(server.url, '/api/health', {}, 2, connections); // warm-up
    await cannon(server.url, overviewPath, headers, 2, connections);
    const health = await cannon(server.url, '/api/health', {}, seconds, connections);
    const overview = await cannon(server.url, overviewPath, headers, seconds, connections);
    // For reading the ratio: the cheapest logged-in route (the session lookup and a 0.2 KB answer).
    const me = await cannon(server.url, '/api/auth/me', headers, seconds, connections);
    return { kind, seconds, connections, health, overview, me, ratio: overview.rps / health.rps };
  } finally {
    await server.stop();
    server.removeData();
    await pgDb?.drop();
  }
}
