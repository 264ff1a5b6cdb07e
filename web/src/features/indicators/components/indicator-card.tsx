import { Button, Card, Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatChange, formatNumber, formatPercent, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import type { FigureResult, Indicator } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { StatusBadge, WarningBadge, warningColor } from './badges';
import { Num } from './num';

/** Props of {@link IndicatorCard}. */
export type IndicatorCardProps = {
  figure: FigureResult;
  indicator: Indicator | undefined;
  /** Whether the month is published (locked by a director). */
  published?: boolean;
  /** Opens the history of this figure. */
  onOpenHistory: (figure: FigureResult) => void;
};

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400} c="dimmed" w="55%" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td ta="right" fw={500}>
        {children}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * One key indicator of the month: its value and status, growth on the same month last year and on the month
 * before, year to date, percent of the annual plan with the scenario warning, the growth the rest of the year
 * needs and the two year-end estimates. Clicking it (or its history button) opens the figure's vintages.
 */
export function IndicatorCard({ figure, indicator, published, onOpenHistory }: IndicatorCardProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const code = figure.indicator;
  const name = indicatorName(indicator, language, code);
  const unit = indicatorUnit(indicator, language);
  const decimals = indicator?.decimals ?? 0;
  const number = (value: number | null | undefined) => formatNumber(value, { decimals });
  const withUnit = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${number(value)} ${unit}`);
  const titleId = `card-title-${code}`;
  const warning = figure.scenario?.warning ?? null;

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={titleId}
      data-testid={`card-${code}`}
      onClick={() => onOpenHistory(figure)}
      style={{ cursor: 'pointer' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {name}
          </Title>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <StatusBadge status={figure.status} testId={`card-status-${code}`} />
          </Group>
        </Group>
        <div>
          <Text size="xs" c="dimmed">
            {formatPeriod(figure.period, { capital: true })}
            {published ? ` · ${t('card.published')}` : ''}
          </Text>
          <Group gap={6} align="baseline" wrap="nowrap">
            <VisuallyHidden>{t('card.valueLabel')}</VisuallyHidden>
            <Text fz={28} fw={700} lh={1.2} data-testid={`card-value-${code}`}>
              <Num text={number(figure.value)} />
            </Text>
            {figure.value !== null && (
              <Text c="dimmed" size="sm">
                {unit}
              </Text>
            )}
          </Group>
          {indicator?.kind === 'index' && (
            <Text size="xs" c="dimmed">
              {t('card.indexNote')}
            </Text>
          )}
        </div>
        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} fz="sm">
          <Table.Tbody>
            <Row label={t('card.yoy')}>
              <Num text={formatChange(figure.yoyPercent)} />
            </Row>
            <Row label={t('card.mom')}>
              <Num text={formatChange(figure.momPercent)} />
            </Row>
            {figure.ytd && (
              <>
                <Row label={t('card.ytd', { period: formatPeriod(figure.ytd.period) })}>
                  <Num text={withUnit(figure.ytd.value)} />
                </Row>
                <Row label={t('card.ytdGrowth')}>
                  <Num text={formatChange(figure.ytd.yoyPercent)} />
                </Row>
              </>
            )}
            {figure.plan !== null ? (
              <>
                <Row
                  label={figure.planVersion && figure.planVersion > 1 ? t('card.planAdjusted', { n: formatNumber(figure.planVersion - 1) }) : t('card.plan')}
                >
                  <Num text={withUnit(figure.plan)} />
                </Row>
                <Row label={t('card.planPercent')}>
                  <Num text={formatPercent(figure.planPercent, 1)} />
                </Row>
              </>
            ) : (
              indicator?.kind !== 'index' && (
                <Row label={t('card.plan')}>
                  <Text span size="sm" c="dimmed">
                    {t('card.noPlan')}
                  </Text>
                </Row>
              )
            )}
            {figure.requiredGrowthPercent !== null && (
              <Row label={t('card.required')}>
                <Num text={formatChange(figure.requiredGrowthPercent)} />
              </Row>
            )}
            {figure.yearEnd && (
              <>
                <Row label={t('card.yearEndBase')}>
                  <Num text={withUnit(figure.yearEnd.base)} />
                </Row>
                <Row label={t('card.yearEndSeasonal')}>
                  <Num text={withUnit(figure.yearEnd.seasonal)} />
                </Row>
              </>
            )}
          </Table.Tbody>
        </Table>
        {figure.planPercent !== null && (
          <Progress
            value={Math.max(0, Math.min(100, figure.planPercent))}
            color={warning ? warningColor[warning] : 'blue'}
            size="md"
            aria-label={t('card.planProgress', { percent: formatPercent(figure.planPercent, 1) })}
          />
        )}
        {figure.scenario && (
          <Group gap="xs" wrap="wrap">
            <WarningBadge warning={warning} gapPoints={figure.scenario.gapPoints} testId={`card-warning-${code}`} />
            {figure.scenario.gapPoints !== null && (
              <Text size="xs" c="dimmed">
                {t('warning.gap', { points: formatNumber(figure.scenario.gapPoints, { decimals: 1, sign: true }) })}
              </Text>
            )}
          </Group>
        )}
        {figure.mergedFrom && (
          <Text size="xs" c="dimmed" data-testid={`card-merged-${code}`}>
            {t('card.merged', { n: formatNumber(figure.mergedFrom.length) })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={(event) => {
              event.stopPropagation();
              onOpenHistory(figure);
            }}
            aria-label={t('card.historyLabel', { name })}
            data-testid={`card-history-${code}`}
          >
            {t('card.history')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
