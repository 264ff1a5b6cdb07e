import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_PROVINCE_CODES } from './provinces';

/**
 * Deterministic synthetic data for benchmarks: figures CSV in the product's own import format.
 * `province` scale: one province, 30 indicators (the built-in flows plus generated ones) with
 * disaggregations, 10 years of months. `national` scale: the 34 provinces at the same depth, with
 * several vintages (about 5 million figures).
 */
export type Scale = 'province' | 'national' | 'small';

/** Shape of a scale. */
export type ScaleSpec = { provinces: string[]; years: number[]; indicators: number; categories: number; vintages: number };

/** The scales. */
export const SCALES: Record<Scale, ScaleSpec> = {
  small: { provinces: ['40'], years: [2025, 2026], indicators: 10, categories: 3, vintages: 1 },
  province: { provinces: ['40'], years: range(2016, 2025), indicators: 30, categories: 6, vintages: 1 },
  national: { provinces: BUILTIN_PROVINCE_CODES, years: range(2016, 2025), indicators: 30, categories: 6, vintages: 3 },
};

function range(a: number, b: number) {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** A seeded pseudo-random generator (mulberry32). */
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generated indicator codes (flows) that the benchmark creates before importing. */
export function benchIndicators(spec: ScaleSpec): { code: string; categories: string[] }[] {
  return Array.from({ length: spec.indicators }, (_, i) => ({
    code: `BENCH_${String(i + 1).padStart(2, '0')}`,
    categories: Array.from({ length: spec.categories }, (_, c) => `c${c + 1}`),
  }));
}

/** Yields CSV lines (header first) of figures: every province × indicator × category (and total) × month × vintage. */
export function* figureCsvLines(spec: ScaleSpec, seed = 42): Generator<string> {
  const r = rng(seed);
  yield 'indicator,orgunit,period,value,status,category';
  const statuses = ['estimate', 'preliminary', 'official'];
  for (let v = 0; v < spec.vintages; v++) {
    for (const province of spec.provinces) {
      for (const ind of benchIndicators(spec)) {
        for (const category of ['', ...ind.categories]) {
          for (const year of spec.years) {
            for (let m = 1; m <= 12; m++) {
              const value = (1000 + r() * 9000).toFixed(1);
              yield `${ind.code},${province},${year}-${String(m).padStart(2, '0')},${value},${statuses[Math.min(v, 2)]},${category}`;
            }
          }
        }
      }
    }
  }
}

/** Number of figure rows a scale produces. */
export function figureCount(spec: ScaleSpec): number {
  return spec.vintages * spec.provinces.length * spec.indicators * (spec.categories + 1) * spec.years.length * 12;
}

/** Writes the CSV of a scale to a file and returns its path. */
export function writeFigureCsv(spec: ScaleSpec, dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.csv`);
  const fd = fs.openSync(file, 'w');
  let buffer: string[] = [];
  for (const line of figureCsvLines(spec)) {
    buffer.push(line);
    if (buffer.length >= 10_000) {
      fs.writeSync(fd, buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length) fs.writeSync(fd, buffer.join('\n') + '\n');
  fs.closeSync(fd);
  return file;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const scale = (process.argv[2] ?? 'province') as Scale;
  const file = writeFigureCsv(SCALES[scale], path.join(new URL('.', import.meta.url).pathname, 'out'), `figures-${scale}`);
  console.log(`${figureCount(SCALES[scale])} figures → ${file}`);
}
