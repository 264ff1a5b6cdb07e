import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_PROVINCE_CODES } from './provinces';

/**
 * Deterministic synthetic data for the benchmarks, written as CSV in the product's own import formats:
 * one figures file per vintage (the import refuses two rows with the same key in one file), one plans
 * file, and one scenarios file (loaded through the scenario service: there is no scenario CSV import).
 *
 * - `small`: one province, 10 indicators × 4 categories, 2 years (for a quick check).
 * - `province`: one province, 30 indicators with 6 categories and their total, 10 years of months (25,200 figures).
 * - `national`: the 34 provinces at the same depth with 6 vintages (5,140,800 figures).
 *
 * Every value comes from a seeded generator keyed by (seed, vintage, province, indicator), so a file is the
 * same whichever order the files are written in; the total of an indicator is the sum of its categories.
 */
export type Scale = 'small' | 'province' | 'national';

/** Shape of a scale. */
export type ScaleSpec = { name: Scale; provinces: string[]; years: number[]; indicators: number; categories: number; vintages: number };

/** The scales. */
export const SCALES: Record<Scale, ScaleSpec> = {
  small: { name: 'small', provinces: ['40'], years: [2024, 2025], indicators: 10, categories: 3, vintages: 1 },
  province: { name: 'province', provinces: ['40'], years: range(2016, 2025), indicators: 30, categories: 6, vintages: 1 },
  national: { name: 'national', provinces: BUILTIN_PROVINCE_CODES, years: range(2016, 2025), indicators: 30, categories: 6, vintages: 6 },
};

/** The status each vintage carries: a first estimate, then preliminary, then official (and official revisions). */
export const VINTAGE_STATUS = ['estimate', 'preliminary', 'official'] as const;

/** Bumped when the generated content changes, so cached files are rewritten. */
const GENERATOR_VERSION = 2;

function range(a: number, b: number) {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** A seeded pseudo-random generator (mulberry32) giving numbers in [0, 1). */
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any parts (stable across runs and platforms). */
function seedOf(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32LE(0);
}

/** The generated indicator codes (flows with categories) that the benchmarks create before importing. */
export function benchIndicators(spec: Pick<ScaleSpec, 'indicators' | 'categories'>): { code: string; categories: string[] }[] {
  return Array.from({ length: spec.indicators }, (_, i) => ({
    code: `BENCH_${String(i + 1).padStart(2, '0')}`,
    categories: Array.from({ length: spec.categories }, (_, c) => `c${c + 1}`),
  }));
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const month2 = (m: number) => String(m).padStart(2, '0');

/** The level of a category (and the total) of one indicator of one province, every month of every year, at a vintage. */
function series(spec: ScaleSpec, seed: number, province: string, indicator: string, categories: string[], vintage: number) {
  const shape = rng(seedOf(seed, 'shape', province, indicator));
  const growth = 0.03 + 0.12 * shape();
  const phase = shape() * 2 * Math.PI;
  const levels = categories.map(() => 100 + 2000 * shape());
  const noise = rng(seedOf(seed, 'noise', province, indicator));
  const revision = rng(seedOf(seed, 'revision', vintage, province, indicator));
  const out: { year: number; month: number; parts: number[]; total: number }[] = [];
  for (const [y, year] of spec.years.entries()) {
    for (let month = 1; month <= 12; month++) {
      const season = 1 + 0.15 * Math.sin(((month - 1) / 12) * 2 * Math.PI + phase);
      const parts = levels.map((level) => {
        const first = level * (1 + growth) ** y * season * (1 + 0.04 * (noise() - 0.5));
        return round1(vintage === 0 ? first : first * (1 + 0.02 * (revision() - 0.5)));
      });
      out.push({ year, month, parts, total: round1(parts.reduce((a, b) => a + b, 0)) });
    }
  }
  return out;
}

/** CSV lines (header first) of one vintage's figures: every province × indicator × month, the total and each category. */
export function* figureCsvLines(spec: ScaleSpec, vintage = 0, seed = 42): Generator<string> {
  yield 'indicator,orgunit,period,value,status,category';
  const status = VINTAGE_STATUS[Math.min(vintage, VINTAGE_STATUS.length - 1)];
  for (const province of spec.provinces) {
    for (const ind of benchIndicators(spec)) {
      for (const point of series(spec, seed, province, ind.code, ind.categories, vintage)) {
        const period = `${point.year}-${month2(point.month)}`;
        yield `${ind.code},${province},${period},${point.total},${status},`;
        for (const [c, category] of ind.categories.entries()) yield `${ind.code},${province},${period},${point.parts[c]},${status},${category}`;
      }
    }
  }
}

/** CSV lines of the annual plans (the import's plans format): every province × indicator × year, about 8 % over the year before. */
export function* planCsvLines(spec: ScaleSpec, seed = 42): Generator<string> {
  yield 'indicator,orgunit,year,plan,basis';
  for (const province of spec.provinces) {
    for (const ind of benchIndicators(spec)) {
      const points = series(spec, seed, province, ind.code, ind.categories, 0);
      for (const year of spec.years) {
        const actual = points.filter((p) => p.year === year).reduce((a, p) => a + p.total, 0);
        const r = rng(seedOf(seed, 'plan', province, ind.code, year));
        yield `${ind.code},${province},${year},${round1(actual * (0.95 + 0.1 * r()))},NQ ${year % 100}/NQ-HĐND`;
      }
    }
  }
}

/** CSV lines of monthly growth scenarios (indicator, orgunit, year, then the 12 monthly values). */
export function* scenarioCsvLines(spec: ScaleSpec, seed = 42): Generator<string> {
  yield ['indicator', 'orgunit', 'year', ...range(1, 12).map((m) => `m${m}`)].join(',');
  for (const province of spec.provinces) {
    for (const ind of benchIndicators(spec)) {
      const points = series(spec, seed, province, ind.code, ind.categories, 0);
      for (const year of spec.years) {
        const r = rng(seedOf(seed, 'scenario', province, ind.code, year));
        const months = points.filter((p) => p.year === year).map((p) => round1(p.total * (0.97 + 0.06 * r())));
        yield [ind.code, province, year, ...months].join(',');
      }
    }
  }
}

/** Number of figure rows of one vintage. */
export function figuresPerVintage(spec: ScaleSpec): number {
  return spec.provinces.length * spec.indicators * (spec.categories + 1) * spec.years.length * 12;
}

/** Number of figure rows of a scale, every vintage together. */
export function figureCount(spec: ScaleSpec): number {
  return spec.vintages * figuresPerVintage(spec);
}

/** The files of a generated dataset. */
export type Dataset = { dir: string; spec: ScaleSpec; seed: number; vintages: string[]; plans: string; scenarios: string; figures: number };

function writeLines(file: string, lines: Iterable<string>) {
  const fd = fs.openSync(file, 'w');
  let buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length >= 20_000) {
      fs.writeSync(fd, buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length) fs.writeSync(fd, buffer.join('\n') + '\n');
  fs.closeSync(fd);
}

/** The default folder of generated data (ignored by git). */
export const OUT_DIR = path.join(new URL('.', import.meta.url).pathname, 'out');

/**
 * Writes (or reuses, when the same generator, scale and seed wrote them before) the CSV files of a scale:
 * `figures-v1.csv` … one per vintage, `plans.csv`, `scenarios.csv`, and `manifest.json` with their SHA-256.
 */
export function writeDataset(spec: ScaleSpec, seed = 42, root = OUT_DIR): Dataset {
  const dir = path.join(root, `${spec.name}-seed${seed}`);
  const manifestFile = path.join(dir, 'manifest.json');
  const vintages = Array.from({ length: spec.vintages }, (_, v) => path.join(dir, `figures-v${v + 1}.csv`));
  const dataset: Dataset = {
    dir,
    spec,
    seed,
    vintages,
    plans: path.join(dir, 'plans.csv'),
    scenarios: path.join(dir, 'scenarios.csv'),
    figures: figureCount(spec),
  };
  const files = [...vintages, dataset.plans, dataset.scenarios];
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version?: number; spec?: ScaleSpec };
    if (manifest.version === GENERATOR_VERSION && JSON.stringify(manifest.spec) === JSON.stringify(spec) && files.every((f) => fs.existsSync(f)))
      return dataset;
  }
  fs.mkdirSync(dir, { recursive: true });
  vintages.forEach((file, v) => writeLines(file, figureCsvLines(spec, v, seed)));
  writeLines(dataset.plans, planCsvLines(spec, seed));
  writeLines(dataset.scenarios, scenarioCsvLines(spec, seed));
  const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  const manifest = {
    version: GENERATOR_VERSION,
    spec,
    seed,
    figures: dataset.figures,
    files: Object.fromEntries(files.map((f) => [path.basename(f), sha(f)])),
  };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return dataset;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const args = process.argv.slice(2);
  const scale = (args.find((a) => !a.startsWith('--')) ?? 'province') as Scale;
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 42;
  if (!SCALES[scale]) throw new Error(`scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const t0 = performance.now();
  const d = writeDataset(SCALES[scale], seed);
  console.log(
    `${d.figures.toLocaleString('en')} figures in ${d.vintages.length} vintage file(s), plans and scenarios → ${d.dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
}
