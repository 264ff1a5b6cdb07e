import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(new URL('.', import.meta.url).pathname, '..');

/** A congthuong server started as `npm start` starts it (web already built), on 127.0.0.1. */
export type BenchServer = { url: string; dataDir: string | null; msToHealthy: number; stop: () => Promise<void>; removeData: () => void; output: () => string };

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node --import tsx server/src/main.ts` on a PGlite data directory (a new one unless given) or on
 * DATABASE_URL, and resolves once GET /api/health answers 200, with the time from spawn to that answer.
 */
export async function startBenchServer(opts: { dataDir?: string; databaseUrl?: string; timeoutMs?: number } = {}): Promise<BenchServer> {
  const dataDir = opts.databaseUrl ? null : (opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ct-bench-')));
  const port = await freePort();
  let log = '';
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CONGTHUONG_DATA: dataDir ?? '', DATABASE_URL: opts.databaseUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  let msToHealthy = NaN;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) {
        msToHealthy = performance.now() - t0;
        break;
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  if (Number.isNaN(msToHealthy)) {
    child.kill('SIGKILL');
    throw new Error(`server not healthy in time: ${log}`);
  }
  return {
    url,
    dataDir,
    msToHealthy,
    output: () => log,
    removeData: () => {
      if (dataDir && !opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Logs in through the API and returns the cookie header and the CSRF token. */
export async function loginAt(url: string, username: string, password = 'demo1234') {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
