import { Badge } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import type { FigureStatus, WarningLevel } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';

const statusColor: Record<FigureStatus, string> = { estimate: 'yellow', preliminary: 'blue', official: 'green' };

/** How final a figure is: ước tính (estimate) → sơ bộ (preliminary) → chính thức (official). */
export function StatusBadge({ status, testId }: { status: FigureStatus | null; testId?: string }) {
  const { t } = useIndicatorsTranslation();
  if (!status) return null;
  return (
    <Badge color={statusColor[status]} variant="light" radius="sm" miw="max-content" data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The colour of each warning level: green, yellow, orange, red. */
export const warningColor: Record<WarningLevel, string> = { on_track: 'green', watch: 'yellow', at_risk: 'orange', off_track: 'red' };

/** The scenario warning in colour and words, with the gap to the scenario in points of the plan. */
export function WarningBadge({ warning, gapPoints, testId }: { warning: WarningLevel | null; gapPoints: number | null; testId?: string }) {
  const { t } = useIndicatorsTranslation();
  if (!warning) return null;
  const gap = gapPoints === null ? '' : t('warning.gap', { points: formatNumber(gapPoints, { decimals: 1, sign: true }) });
  return (
    <Badge color={warningColor[warning]} variant="filled" radius="sm" miw="max-content" title={gap || undefined} data-testid={testId} data-warning={warning}>
      {t(`warning.${warning}`)}
    </Badge>
  );
}
