import { Group, Progress, Text } from '@mantine/core';
import { formatPercent } from '../../../lib/format';
import { useClustersTranslation } from '../i18n';
import { bandColor, occupancyBand } from '../lib/occupancy';

/** Occupancy as a bar coloured by band with the percentage written next to it ("—" without industrial land). */
export function OccupancyBar({ percent, testId }: { percent: number | null; testId?: string }) {
  const { t } = useClustersTranslation();
  const band = occupancyBand(percent);
  return (
    <Group gap="xs" wrap="nowrap" data-testid={testId} data-band={band}>
      <Progress value={Math.min(100, Math.max(0, percent ?? 0))} color={bandColor[band]} w={90} size="md" aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" ff="monospace" title={t(`band.${band}`)} style={{ whiteSpace: 'nowrap' }}>
        {formatPercent(percent)}
      </Text>
    </Group>
  );
}

/** The key of the bar colours. */
export function OccupancyLegend() {
  const { t } = useClustersTranslation();
  return (
    <Group gap="md" wrap="wrap" aria-label={t('band.legend')} role="list">
      {(['lt_50', '50_to_80', 'gte_80', 'none'] as const).map((band) => (
        <Group key={band} gap={6} wrap="nowrap" role="listitem">
          <span
            aria-hidden
            style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: `var(--mantine-color-${bandColor[band]}-filled)` }}
          />
          <Text size="xs">{t(`band.${band}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
