import type { Insertable } from 'kysely';
import type { Db } from '../../database';
import type { IndicatorsTables } from './indicators.tables';

/**
 * Demo figures for Nghệ An (40) and Thái Nguyên (19, formed on 1 July 2025 from Thái Nguyên and Bắc Kạn):
 * monthly series from 2019 with an estimate vintage and a later official one, plans with a mid-year
 * adjustment, and a quarterly scenario. As of 7 June 2023 Nghệ An's figures reproduce the press
 * release of that day (retail 36.539 tỷ đồng, +9,63 %, 42,98 % of plan). Deterministic for a given date.
 */
type Series = {
  indicator: string;
  unitId: string;
  province: string;
  category: string;
  base: 'level' | 'same_period';
  from: number;
  to: number;
  base2019: number;
  growth: number;
  season: number[];
  decimals: number;
};

const SEASON_RETAIL = [1.12, 1.02, 0.95, 0.96, 0.98, 0.97, 0.99, 1.0, 0.98, 1.0, 1.01, 1.02];
const SEASON_TRADE = [0.95, 0.72, 1.0, 1.0, 1.02, 1.05, 1.03, 1.04, 1.02, 1.05, 1.04, 1.08];
const SEASON_OUTPUT = [0.92, 0.74, 1.0, 1.0, 1.03, 1.04, 1.04, 1.05, 1.03, 1.04, 1.05, 1.06];

function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const key = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y + Math.floor((m - 1) / 12), (m - 1) % 12, d, 2));

const NA = '40@2008-08-01';
const TN_OLD = '19@2008-08-01';
const BK = '06@2008-08-01';
const TN = '19@2025-07-01';

function seriesList(): Series[] {
  const list: Series[] = [];
  // indicator, level of 2019 (before the unit's scale), yearly growth, season, decimals
  const shapes = [
    ['RETAIL', 5200, 0.085, SEASON_RETAIL, 0],
    ['EXPORT', 140, 0.1, SEASON_TRADE, 1],
    ['IMPORT', 95, 0.09, SEASON_TRADE, 1],
    ['IND_OUTPUT', 5400, 0.12, SEASON_OUTPUT, 0],
  ] as const;
  const add = (unitId: string, province: string, from: number, to: number, scale: number) => {
    for (const [indicator, level, growth, season, decimals] of shapes)
      list.push({ indicator, unitId, province, category: '', base: 'level', from, to, base2019: level * scale, growth, season, decimals });
  };
  const now = new Date();
  const last = now.getUTCFullYear() * 12 + now.getUTCMonth(); // months index of last complete month + 1
  add(NA, '40', 2019 * 12, last, 1);
  add(TN_OLD, '19', 2019 * 12, 2025 * 12 + 6, 0.78);
  add(BK, '19', 2019 * 12, 2025 * 12 + 6, 0.09);
  add(TN, '19', 2025 * 12 + 6, last, 0.87);
  return list;
}

type Row = Insertable<IndicatorsTables['figure_vintage']>;

function vintages(s: Series, period: string, year: number, value: number, monthIndex: number, r: () => number): Row[] {
  const now = Date.now();
  const estimateAt = day(Math.floor(monthIndex / 12), (monthIndex % 12) + 2, 3);
  const officialAt = day(Math.floor(monthIndex / 12), (monthIndex % 12) + 3, 15);
  const estimate = round(value * (1 + (r() - 0.5) * 0.03), s.decimals);
  const common = {
    indicator_code: s.indicator,
    unit_id: s.unitId,
    province_code: s.province,
    period,
    period_year: year,
    category: s.category,
    base: s.base,
    source_kind: 'seed' as const,
    note: 'Dữ liệu minh họa / demo data',
  };
  const rows: Row[] = [];
  if (estimateAt.getTime() <= now) rows.push({ ...common, version: 1, value: estimate, status: 'estimate', recorded_at: estimateAt });
  if (officialAt.getTime() <= now) rows.push({ ...common, version: 2, value: round(value, s.decimals), status: 'official', recorded_at: officialAt });
  return rows;
}

/** The monthly rows of every demo series (both vintages). */
export function demoFigureRows(): Row[] {
  const rows: Row[] = [];
  for (const s of seriesList()) {
    const r = rng(s.indicator.length * 7919 + s.unitId.charCodeAt(0) * 31 + s.unitId.charCodeAt(1));
    for (let mi = s.from; mi < s.to; mi++) {
      const year = Math.floor(mi / 12);
      const month = (mi % 12) + 1;
      const covid = year === 2020 && month >= 3 && month <= 5 ? 0.82 : 1;
      const value = s.base2019 * (1 + s.growth) ** (year - 2019 + (month - 1) / 12) * s.season[month - 1]! * covid * (1 + (r() - 0.5) * 0.04);
      rows.push(...vintages(s, key(year, month), year, value, mi, r));
    }
  }
  anchorPressRelease(rows);
  return rows;
}

/** Nghệ An, 7 June 2023: 5 months of 2023 vs 2022 as the press reported them (estimates for April and May). */
const PRESS = [
  { indicator: 'RETAIL', y2023: 36539, y2022: 33329 },
  { indicator: 'EXPORT', y2023: 892.3, y2022: 920.8 },
  { indicator: 'IMPORT', y2023: 589, y2022: 596.6 },
];

function anchorPressRelease(rows: Row[]) {
  const asOf = new Date('2023-06-07T12:00:00+07:00').getTime();
  for (const p of PRESS) {
    for (const [year, target] of [
      [2023, p.y2023],
      [2022, p.y2022],
    ] as const) {
      const months = [1, 2, 3, 4, 5].map((m) => key(year, m));
      const visible = months.map(
        (period) =>
          rows
            .filter((r) => r.unit_id === NA && r.indicator_code === p.indicator && r.period === period && (r.recorded_at as Date).getTime() <= asOf)
            .sort((a, b) => b.version - a.version)[0]!,
      );
      const sum = visible.reduce((acc, r) => acc + Number(r.value), 0);
      const may = visible[4]!;
      may.value = round(Number(may.value) + (target - sum), 1);
    }
  }
}

/** Index rows: monthly IIP vs same month and vs previous month, and the year-to-date index. */
export function demoIipRows(): Row[] {
  const rows: Row[] = [];
  const now = Date.now();
  const units: [string, string, number, number][] = [
    [NA, '40', 2019 * 12, Infinity],
    [TN_OLD, '19', 2019 * 12, 2025 * 12 + 6],
    [BK, '19', 2019 * 12, 2025 * 12 + 6],
    [TN, '19', 2025 * 12 + 6, Infinity],
  ];
  for (const [unitId, province, from, to] of units) {
    const r = rng(unitId.charCodeAt(0) * 17 + unitId.charCodeAt(1));
    for (let mi = from; mi < to; mi++) {
      const year = Math.floor(mi / 12);
      const month = (mi % 12) + 1;
      const at = day(year, month + 1, 3);
      if (at.getTime() > now) break;
      const common = {
        indicator_code: 'IIP',
        unit_id: unitId,
        province_code: province,
        period_year: year,
        category: '',
        source_kind: 'seed' as const,
        version: 1,
        status: 'official' as const,
        recorded_at: at,
        note: 'Dữ liệu minh họa / demo data',
      };
      rows.push({ ...common, period: key(year, month), base: 'same_period', value: round(104 + (r() - 0.4) * 14, 2) });
      rows.push({ ...common, period: key(year, month), base: 'prev_month', value: round(100 + (r() - 0.5) * 12, 2) });
      rows.push({
        ...common,
        period: month === 1 ? key(year, 1) : `${year}-01/${key(year, month)}`,
        base: 'same_period',
        value: round(104.5 + (r() - 0.45) * 8, 2),
      });
    }
  }
  const press = rows.find((x) => x.unit_id === NA && x.period === '2023-01/2023-05');
  if (press) {
    press.value = 101.62;
    press.status = 'estimate';
  }
  const seen = new Set<string>();
  return rows.filter((x) => {
    const k = `${x.unit_id}|${x.period}|${x.base}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** Plans (with their basis) for each year, a mid-year adjustment in 2026, and a quarterly 2026 retail scenario. */
export async function seedDemoPlans(db: Db, finals: Map<string, number>) {
  const plans: Insertable<IndicatorsTables['plan_version']>[] = [];
  const fixed: Record<string, number> = { 'RETAIL|2023': 85014, 'EXPORT|2023': 2500, 'IMPORT|2023': 1500 };
  for (const [unitId, province] of [
    [NA, '40'],
    [TN, '19'],
  ] as const) {
    for (const indicator of ['RETAIL', 'EXPORT', 'IMPORT', 'IND_OUTPUT']) {
      for (let year = 2020; year <= 2026; year++) {
        if (unitId === TN && year < 2026) continue;
        // Thái Nguyên's 2025 spans the merger: its predecessors until June, itself from July.
        const parts = unitId === TN ? [TN_OLD, BK, TN] : [unitId];
        const last = parts.reduce((acc, u) => acc + (finals.get(`${u}|${indicator}|${year - 1}`) ?? 0), 0) || null;
        const value = fixed[`${indicator}|${year}`] && unitId === NA ? fixed[`${indicator}|${year}`]! : last ? round(last * 1.1, 1) : null;
        if (value === null) continue;
        const basis = `Nghị quyết số ${10 + year - 2020}/NQ-HĐND ngày 08/12/${year - 1} (minh họa)`;
        plans.push({
          indicator_code: indicator,
          unit_id: unitId,
          province_code: province,
          year,
          category: '',
          version: 1,
          value,
          growth_percent: null,
          basis,
          basis_date: `${year - 1}-12-08`,
          recorded_at: new Date(`${year - 1}-12-10T09:00:00+07:00`),
        });
        if (year === 2026 && indicator === 'EXPORT' && unitId === NA) {
          plans.push({
            indicator_code: indicator,
            unit_id: unitId,
            province_code: province,
            year,
            category: '',
            version: 2,
            value: round(value * 0.94, 1),
            growth_percent: null,
            basis: 'Nghị quyết số 45/NQ-HĐND ngày 15/07/2026 điều chỉnh kế hoạch (minh họa)',
            basis_date: '2026-07-15',
            recorded_at: new Date('2026-07-16T09:00:00+07:00'),
          });
        }
      }
    }
  }
  if (plans.length) await db.insertInto('plan_version').values(plans).execute();
  const retail2026 = plans.find((p) => p.unit_id === NA && p.indicator_code === 'RETAIL' && p.year === 2026);
  if (retail2026) {
    const v = Number(retail2026.value);
    await db
      .insertInto('scenario_version')
      .values({
        indicator_code: 'RETAIL',
        unit_id: NA,
        province_code: '40',
        year: 2026,
        category: '',
        version: 1,
        granularity: 'quarter',
        values: JSON.stringify([0.245, 0.245, 0.25, 0.26].map((s) => round(v * s, 0))),
        recorded_at: new Date('2026-01-05T09:00:00+07:00'),
      })
      .execute();
  }
}

/** Loads the demo figures, plans and scenario. */
export async function seedDemoFigures(db: Db) {
  const rows = [...demoFigureRows(), ...demoIipRows()];
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('figure_vintage')
      .values(rows.slice(i, i + 1000))
      .execute();
  const finals = new Map<string, number>();
  for (const r of rows) {
    if (r.base !== 'level' || r.status !== 'official') continue;
    const k = `${r.unit_id}|${r.indicator_code}|${r.period_year}`;
    finals.set(k, (finals.get(k) ?? 0) + Number(r.value));
  }
  await seedDemoPlans(db, finals);
  return rows.length;
}
