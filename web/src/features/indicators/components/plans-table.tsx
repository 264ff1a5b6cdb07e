import { Badge, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { formatChange, formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import type { Indicator, PlanVersion } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { Num } from './num';

/** Props of {@link PlansTable}. */
export type PlansTableProps = { items: PlanVersion[]; indicators: Indicator[] };

/**
 * The plans of a province and year, per indicator (catalogue order), every version newest first: the original plan
 * and each adjustment with its value, growth over last year when it was given as a rate, basis and dates.
 */
export function PlansTable({ items, indicators }: PlansTableProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const groups = indicators
    .map((indicator) => ({ indicator, versions: items.filter((p) => p.indicator === indicator.code && !p.category).sort((a, b) => b.version - a.version) }))
    .filter((group) => group.versions.length > 0);

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders data-testid="plans-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plans.columns.indicator')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.version')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('plans.columns.value')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('plans.columns.growth')}
            </Table.Th>
            <Table.Th scope="col">{t('plans.columns.basis')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.basisDate')}</Table.Th>
            <Table.Th scope="col">{t('plans.columns.recordedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map(({ indicator, versions }) => (
            <Fragment key={indicator.code}>
              {versions.map((plan, index) => (
                <Table.Tr key={plan.version} data-indicator={indicator.code} data-version={plan.version}>
                  {index === 0 && (
                    <Table.Th scope="rowgroup" rowSpan={versions.length} fw={500} style={{ verticalAlign: 'top' }}>
                      {indicatorName(indicator, language)}
                      <Text size="xs" c="dimmed">
                        {indicatorUnit(indicator, language)}
                      </Text>
                    </Table.Th>
                  )}
                  <Table.Td>
                    {plan.version === 1 ? t('plans.original') : t('plans.adjustment', { n: formatNumber(plan.version - 1) })}
                    {index === 0 && (
                      <Badge ml={6} size="xs" variant="light" color="green" radius="sm" miw="max-content">
                        {t('plans.inForce')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(plan.value, { decimals: indicator.decimals })}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    <Num text={formatChange(plan.growthPercent)} />
                  </Table.Td>
                  <Table.Td>{plan.basis ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(plan.basisDate)}</Table.Td>
                  <Table.Td>{formatDateTime(plan.recordedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
