import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { i18n } from '../../../lib/i18n';
import { STAGES, type Stage, type StageFact } from '../api/types';

const isStage = (value: unknown): value is Stage => typeof value === 'string' && (STAGES as readonly string[]).includes(value);

/**
 * A refusal of the cluster commands in the user's language, more precise than `errors.<code>` where the server's
 * details say why: a stage recorded out of order or already recorded, leases beyond the industrial land, a
 * selection score below the pass mark, a file too large or of the wrong type. Never the server's English prose.
 */
export function describeClusterError(error: unknown, context: { stage?: Stage; documentDate?: string; facts?: StageFact[] } = {}): string {
  if (!(error instanceof ApiError)) return describeError(error);
  const t = (key: string, options?: Record<string, string>) => i18n.t(key, { ns: 'clusters', ...options });
  const d = error.details ?? {};
  if (error.code === 'conflict') {
    if (isStage(d['missing']) && context.stage) {
      const before = context.facts?.find((f) => f.inForce && f.stage === d['missing']);
      return before
        ? t('errorsx.stageDatedBefore', { stage: t(`stage.${context.stage}`), before: t(`stage.${d['missing']}`), date: formatDate(before.documentDate) })
        : t('errorsx.stageOutOfOrder', { stage: t(`stage.${context.stage}`), before: t(`stage.${d['missing']}`) });
    }
    if (typeof d['existing'] === 'string' && context.stage) return t('errorsx.stageRecorded', { stage: t(`stage.${context.stage}`) });
    if (typeof d['leasedHa'] === 'number' && typeof d['industrialHa'] === 'number')
      return t('errorsx.leaseTooLarge', { leased: formatNumber(d['leasedHa']), industrial: formatNumber(d['industrialHa']) });
    if (typeof d['leasedHa'] === 'number') return t('errorsx.industrialBelowLeased', { leased: formatNumber(d['leasedHa']) });
    if (d['field'] === 'selectionScore') return t('errorsx.belowPassMark');
  }
  if (error.code === 'payload_too_large') return t('errorsx.tooLarge');
  if (error.code === 'unsupported_type') return t('errorsx.wrongType');
  if (error.code === 'not_found' && d['field'] === 'taxCode') return t('errorsx.noEnterprise');
  return describeError(error);
}
