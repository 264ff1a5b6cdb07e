import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT, loginAt, startBenchServer, type BenchServer } from './server';

const DIST = path.join(ROOT, 'web', 'dist');
const ASSETS = path.join(DIST, 'assets');
const CHROMIUM = '/usr/bin/chromium';
/** The flags the issue asks for (Debian's Chromium, headless, no background traffic). */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const gz = (file: string) => gzipSync(fs.readFileSync(path.join(ASSETS, file)), { level: 9 }).length / 1024;

/** Chunks a built chunk imports statically (`import … from"./x.js"`, `import"./x.js"`) and dynamically (`import(\`./x.js\`)`). */
function importsOf(file: string): { statics: string[]; dynamics: string[] } {
  const code = fs.readFileSync(path.join(ASSETS, file), 'utf8');
  const statics = [...code.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
  const dynamics = [...code.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
  return { statics: [...new Set(statics)], dynamics: [...new Set(dynamics)] };
}

function staticClosure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    importsOf(f).statics.forEach(walk);
  };
  files.forEach(walk);
  return seen;
}

/** The entry chunks of index.html: its module script and its module preloads. */
function entryChunks(): string[] {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
}

/** The chunk of a route file (Vite names it after the module: routes/login.tsx → login-<hash>.js). */
function chunk(name: string): string | null {
  return fs.readdirSync(ASSETS).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js') && /^[\w-]+-[\w-]{8}\.js$/.test(f)) ?? null;
}

/**
 * The gzip size of the JavaScript a page loads, read from web/dist: index.html's chunks, the page's route chunks and
 * everything they import statically, plus what the page's own chunks import dynamically (its charts).
 */
function pageJs(routeChunks: string[]) {
  const entry = staticClosure(entryChunks());
  const page = staticClosure([...entry, ...routeChunks]);
  const own = [...page].filter((f) => !entry.has(f));
  const lazy = own.flatMap((f) => importsOf(f).dynamics).filter((f) => !page.has(f));
  const all = staticClosure([...page, ...lazy]);
  return { kb: [...all].reduce((s, f) => s + gz(f), 0), files: all.size };
}

/** The JavaScript a page actually loads in Chromium, gzip-compressed here, in KB. */
async function loadedJs(server: BenchServer, pathName: string, opts: { login?: string; waitFor?: string } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const context = await browser.newContext();
    if (opts.login) {
      const { cookie } = await loginAt(server.url, opts.login);
      await context.addCookies(cookie.split('; ').map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1), url: server.url })));
    }
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return;
      const body = await res.body().catch(() => null);
      if (body) scripts.set(res.url(), gzipSync(body, { level: 9 }).length / 1024);
    });
    await page.goto(`${server.url}${pathName}`, { waitUntil: 'networkidle' });
    if (opts.waitFor) await page.locator(opts.waitFor).first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    return { kb: [...scripts.values()].reduce((a, b) => a + b, 0), files: scripts.size };
  } finally {
    await browser.close();
  }
}

/** The Lighthouse performance score (0–100) of a page in Debian's Chromium, or why it could not run. */
async function lighthouseScore(url: string): Promise<{ score: number | null; note: string }> {
  try {
    const { launch } = await import('chrome-launcher');
    const lighthouse = (await import('lighthouse')).default;
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
      const perf = result?.lhr.categories['performance'];
      if (!perf || perf.score === null) return { score: null, note: `no score: ${result?.lhr.runtimeError?.message ?? 'unknown'}` };
      const audits = result!.lhr.audits;
      const metric = (id: string) => audits[id]?.displayValue ?? '—';
      return {
        score: Math.round(perf.score * 100),
        note: `default (mobile, simulated throttling) config; FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
      };
    } finally {
      chrome.kill();
    }
  } catch (error) {
    return { score: null, note: `Lighthouse could not run: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** A page the web benchmark measures. */
type PageSpec = { label: string; routes: string[]; path: string; login?: string; waitFor?: string; budgetKb: number };

/**
 * Web: the gzip size of the JavaScript the log-in page and the province overview page load (from web/dist, and as
 * loaded in Chromium), and the Lighthouse performance score of the log-in page. Needs `npm run build -w web` first.
 */
export async function benchWeb() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build -w web` first');
  const overviewRoute = chunk('overview') ? 'overview' : null;
  const pages: PageSpec[] = [
    { label: 'log-in page', routes: ['login'], path: '/login', waitFor: '[data-testid="login-username"]', budgetKb: 150 },
    overviewRoute
      ? {
          label: 'province overview with its charts',
          routes: ['layout', 'me', overviewRoute],
          path: '/overview?orgunit=40',
          login: 'officer.nghean',
          waitFor: 'main canvas, main svg',
          budgetKb: 400,
        }
      : { label: 'home after log-in (no overview page built yet)', routes: ['layout', 'me', 'home'], path: '/', login: 'officer.nghean', budgetKb: 400 },
  ];
  const server = await startBenchServer();
  try {
    const rows = [];
    for (const p of pages) {
      const routeChunks = p.routes.map(chunk).filter((c): c is string => c !== null);
      const fromDist = pageJs(routeChunks);
      const loaded = await loadedJs(server, p.path, { ...(p.login ? { login: p.login } : {}), ...(p.waitFor ? { waitFor: p.waitFor } : {}) }).catch(
        (error: Error) => ({ kb: NaN, files: 0, error: error.message }),
      );
      rows.push({ ...p, fromDist, loaded });
    }
    const lighthouse = await lighthouseScore(`${server.url}/login`);
    return { pages: rows, lighthouse };
  } finally {
    await server.stop();
    server.removeData();
  }
}
