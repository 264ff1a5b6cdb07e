import type { FigureBase, IndicatorKind } from './compute';

/** Why a figure deserves a second look before it is published. */
export type WarningCode = 'jump_vs_previous_month' | 'jump_vs_last_year' | 'part_exceeds_total' | 'index_out_of_bounds' | 'stored_ratio_mismatch';

/** A warning on one cell: a code for the client, the numbers behind it, and a bilingual sentence. */
export type FigureWarning = { code: WarningCode; details: Record<string, number | string | null>; message: { vi: string; en: string } };

/** Thresholds of the checks: a move of more than jumpPercent %, and the plausible range of an index. */
export type WarningOptions = { jumpPercent: number; indexMin: number; indexMax: number };

/** The defaults: 30 % move; an index below 50 or above 200 is implausible. */
export const DEFAULT_WARNING_OPTIONS: WarningOptions = { jumpPercent: 30, indexMin: 50, indexMax: 200 };

/** A flag an import left in a vintage's source (e.g. the file's stored ratio disagreed with the values). */
export type SourceFlag = { code: string; cell?: string; stored?: unknown; recomputed?: unknown };

/** One cell and its neighbours, as the checks need them. */
export type CellCheck = {
  kind: IndicatorKind;
  base: FigureBase;
  value: number | null;
  /** The same row's previous month (December of last year for January). */
  previousMonth?: number | null;
  /** The same row's same month last year. */
  lastYear?: number | null;
  /** The total this part belongs to, and the parent category if any (same period and base). */
  total?: { value: number | null; label: string } | null;
  parent?: { value: number | null; label: string } | null;
  flags?: readonly SourceFlag[];
};

const vi = (n: number, d = 1) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: d }).format(n);
const en = (n: number, d = 1) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }).format(n);
const moved = (value: number, base: number) => (value / base - 1) * 100;

function jump(code: 'jump_vs_previous_month' | 'jump_vs_last_year', value: number, base: number | null | undefined, limit: number): FigureWarning | null {
  if (base === null || base === undefined || base <= 0 || value < 0) return null;
  const change = moved(value, base);
  if (Math.abs(change) <= limit + 1e-9) return null; // 130 ÷ 100 − 1 is 0.30000000000000004
  const what =
    code === 'jump_vs_previous_month' ? { vi: 'tháng trước', en: 'the previous month' } : { vi: 'cùng tháng năm trước', en: 'the same month last year' };
  const sign = change > 0 ? '+' : '';
  return {
    code,
    details: { value, base, changePercent: change, thresholdPercent: limit },
    message: {
      vi: `Thay đổi ${sign}${vi(change)} % so với ${what.vi} (${vi(base, 3)}), vượt ngưỡng ${vi(limit)} %.`,
      en: `Moved ${sign}${en(change)} % against ${what.en} (${en(base, 3)}), beyond the ${en(limit)} % threshold.`,
    },
  };
}

function exceeds(value: number, whole: { value: number | null; label: string } | null | undefined): FigureWarning | null {
  if (!whole || whole.value === null || whole.value < 0 || value <= whole.value * (1 + 1e-9)) return null;
  return {
    code: 'part_exceeds_total',
    details: { value, total: whole.value, totalLabel: whole.label },
    message: {
      vi: `Số của phần (${vi(value, 3)}) lớn hơn tổng "${whole.label}" (${vi(whole.value, 3)}).`,
      en: `The part (${en(value, 3)}) is larger than its total "${whole.label}" (${en(whole.value, 3)}).`,
    },
  };
}

function outOfBounds(value: number, o: WarningOptions): FigureWarning | null {
  if (value >= o.indexMin && value <= o.indexMax) return null;
  return {
    code: 'index_out_of_bounds',
    details: { value, min: o.indexMin, max: o.indexMax },
    message: {
      vi: `Chỉ số ${vi(value, 2)} nằm ngoài khoảng hợp lý ${vi(o.indexMin)}–${vi(o.indexMax)} (100 = không đổi).`,
      en: `The index ${en(value, 2)} is outside the plausible ${en(o.indexMin)}–${en(o.indexMax)} (100 = no change).`,
    },
  };
}

function ratioFlag(flag: SourceFlag): FigureWarning {
  const stored = typeof flag.stored === 'number' ? flag.stored : null;
  const recomputed = typeof flag.recomputed === 'number' ? flag.recomputed : null;
  const at = flag.cell ?? '?';
  return {
    code: 'stored_ratio_mismatch',
    details: { cell: at, stored, recomputed },
    message: {
      vi: `Khi nhập, tỷ lệ ghi sẵn ở ô ${at} (${stored === null ? '?' : vi(stored, 3)}) khác tỷ lệ tính lại (${recomputed === null ? '?' : vi(recomputed, 3)}).`,
      en: `At import, the stored ratio in ${at} (${stored === null ? '?' : en(stored, 3)}) differed from the recomputed one (${recomputed === null ? '?' : en(recomputed, 3)}).`,
    },
  };
}

/**
 * The warnings of one cell: a flow level that moved more than the threshold against the previous month or
 * the same month last year; a part larger than its total or parent; an index outside plausible bounds; a
 * stored-ratio mismatch flagged at import. Pure; missing neighbours simply skip their check.
 */
export function figureWarnings(cell: CellCheck, options: Partial<WarningOptions> = {}): FigureWarning[] {
  const o = { ...DEFAULT_WARNING_OPTIONS, ...options };
  const out: (FigureWarning | null)[] = [];
  if (cell.value !== null) {
    if (cell.kind === 'flow' && cell.base === 'level') {
      out.push(jump('jump_vs_previous_month', cell.value, cell.previousMonth, o.jumpPercent));
      out.push(jump('jump_vs_last_year', cell.value, cell.lastYear, o.jumpPercent));
      out.push(exceeds(cell.value, cell.total));
      out.push(exceeds(cell.value, cell.parent));
    }
    if (cell.kind === 'index') out.push(outOfBounds(cell.value, o));
  }
  for (const flag of cell.flags ?? []) if (flag.code === 'stored_ratio_mismatch') out.push(ratioFlag(flag));
  return out.filter((w): w is FigureWarning => w !== null);
}

/** The flags an import kept in a vintage's source json (none for other sources). */
export function sourceFlags(source: unknown): SourceFlag[] {
  if (!source || typeof source !== 'object' || !('flags' in source) || !Array.isArray(source.flags)) return [];
  return source.flags.filter((f): f is SourceFlag => Boolean(f) && typeof f === 'object' && typeof (f as SourceFlag).code === 'string');
}
