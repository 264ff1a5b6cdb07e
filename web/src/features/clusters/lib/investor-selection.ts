import { ApiError } from '../../../lib/api';
import { formatNumber, formatPercent } from '../../../lib/format';
import { i18n } from '../../../lib/i18n';
import type { GroupScores, ScoreGroup } from '../api/investor-selection';

/** The weight (maximum points) of each group, as the server applies them (Decree 32/2024). */
export const GROUP_WEIGHTS: Record<ScoreGroup, number> = { group1: 15, group2: 15, group3: 30, group4: 40 };
/** The council's pass mark. */
export const PASS_MARK = 50;
/** The least owner's equity, in percent of the total investment. */
export const MIN_EQUITY_PERCENT = 15;

/** The total score, the sum of the groups to two decimals (summed in hundredths, like the server); null while one is empty. */
export function totalScore(groups: Partial<Record<ScoreGroup, number | null>>): number | null {
  const values = (Object.keys(GROUP_WEIGHTS) as ScoreGroup[]).map((g) => groups[g]);
  if (values.some((v) => v === null || v === undefined)) return null;
  return values.reduce<number>((sum, v) => sum + Math.round(v! * 100), 0) / 100;
}

/** Owner's equity in percent of the investment, to two decimals; null without an investment. */
export function equityPercent(equity: number | null, investment: number | null): number | null {
  if (equity === null || investment === null || investment <= 0) return null;
  return Math.round((equity / investment) * 10_000) / 100;
}

/** Whether the equity reaches 15 % of the investment, compared in thousandths like the server. */
export function equityMet(equity: number, investment: number): boolean {
  return Math.round(equity * 1000) * 100 >= Math.round(investment * 1000) * MIN_EQUITY_PERCENT;
}

/** A percentage with at most two decimals, without trailing zeros ("12,5%", "14,97%", "15%"). */
export function formatSharePercent(value: number | null): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? formatPercent(value, 0) : Number.isInteger(value * 10) ? formatPercent(value, 1) : formatPercent(value, 2);
}

/** A number with at most `max` decimals, without trailing zeros, in the current language (1.234,5). */
export function formatTrimmed(value: number | null | undefined, max = 3): string {
  if (value === null || value === undefined) return '—';
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return formatNumber(value, { decimals: d });
  return formatNumber(value, { decimals: max });
}

/** What the form checks before sending: the groups' ranges, the total's pass mark, the equity share (same messages as the server's refusals). */
export function selectionMessages(groups: Partial<GroupScores>, equity: number | null, investment: number | null): Record<string, string> {
  const t = (key: string, options?: Record<string, string>) => i18n.t(key, { ns: 'clusters', ...options });
  const out: Record<string, string> = {};
  for (const g of Object.keys(GROUP_WEIGHTS) as ScoreGroup[]) {
    const v = groups[g];
    if (v !== undefined && (v < 0 || v > GROUP_WEIGHTS[g]))
      out[`groupScores.${g}`] = t('selection.groupOverWeight', { weight: formatNumber(GROUP_WEIGHTS[g]) });
  }
  const total = totalScore(groups);
  if (total !== null && !Object.keys(out).length && total < PASS_MARK)
    out['groupScores'] = t('selection.belowPassMark', { total: formatTrimmed(total, 2), mark: formatNumber(PASS_MARK) });
  if (equity !== null && investment !== null && !equityMet(equity, investment))
    out['ownerEquity'] = t('selection.equityBelow', {
      equity: formatTrimmed(equity),
      percent: formatSharePercent(equityPercent(equity, investment)),
      investment: formatTrimmed(investment),
      minimum: formatSharePercent(MIN_EQUITY_PERCENT),
    });
  return out;
}

/**
 * The server's refusal of a selection, by field of the form ("groupScores", "groupScores.group3", "ownerEquity"), in the
 * current language from the numbers the server sends (never its prose).
 */
export function selectionFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields = error.details?.['fields'];
  if (!Array.isArray(fields)) return {};
  const t = (key: string, options?: Record<string, string>) => i18n.t(key, { ns: 'clusters', ...options });
  const out: Record<string, string> = {};
  for (const field of fields as { path?: unknown; code?: unknown; values?: Record<string, number | null> }[]) {
    const path = String(field.path ?? '').replace(/^body\./, '');
    const v = field.values ?? {};
    if (field.code === 'below_pass_mark')
      out[path] = t('selection.belowPassMark', { total: formatTrimmed(v['total'], 2), mark: formatNumber(v['passMark'] ?? PASS_MARK) });
    else if (field.code === 'equity_below_minimum')
      out[path] = t('selection.equityBelow', {
        equity: formatTrimmed(v['equity']),
        percent: formatSharePercent(v['percent'] ?? null),
        investment: formatTrimmed(v['investment']),
        minimum: formatSharePercent(v['minimumPercent'] ?? MIN_EQUITY_PERCENT),
      });
    else if (path.startsWith('groupScores.')) {
      const g = path.slice('groupScores.'.length) as ScoreGroup;
      out[path] = t('selection.groupOverWeight', { weight: formatNumber(GROUP_WEIGHTS[g] ?? 100) });
    }
  }
  return out;
}
