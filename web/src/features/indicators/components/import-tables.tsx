import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatNumber, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import { cellOutcomes, type CellOutcome, type PreviewFigure, type PreviewPlan } from '../api/imports';
import type { Indicator } from '../api/types';
import { useFiguresIoTranslation } from '../io-i18n';
import { WarningIcon } from './icons';
import { Num } from './num';
import { StatusMark } from './status-mark';

/** The colour of each outcome's badge. */
export const outcomeColor: Record<CellOutcome, string> = {
  write: 'green',
  unchanged: 'gray',
  not_stored: 'gray',
  locked: 'orange',
  superseded: 'gray',
  refused: 'red',
  needs_status: 'yellow',
};

const pageSize = 100;

/** Props of {@link ImportFiguresTable}. */
export type ImportFiguresTableProps = {
  figures: PreviewFigure[];
  /** How many figures have each outcome. */
  counts: Map<CellOutcome, number>;
  indicators: Map<string, Indicator>;
};

/**
 * Every figure cell of a workbook (indicator, category, period, status, value, unit, current value, outcome), filtered
 * by outcome, the first hundred shown until asked for all.
 */
export function ImportFiguresTable({ figures, counts, indicators }: ImportFiguresTableProps) {
  const { t } = useFiguresIoTranslation();
  const language = currentLanguage();
  const [filter, setFilter] = useState<'all' | CellOutcome>('all');
  const [limit, setLimit] = useState(pageSize);
  const shown = filter === 'all' ? figures : figures.filter((f) => f.outcome === filter);

  const categoryName = (f: PreviewFigure) => {
    if (!f.category) return t('import.total');
    const category = indicators.get(f.indicator)?.categories.find((c) => c.code === f.category);
    return category ? (language === 'en' ? category.nameEn : category.nameVi) : f.category;
  };
  const unitOf = (f: PreviewFigure) => (f.base === 'level' ? indicatorUnit(indicators.get(f.indicator), language) : t(`import.bases.${f.base}`));

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h5">
          {t('import.figuresTitle', { n: formatNumber(figures.length) })}
        </Title>
        <NativeSelect
          label={t('import.filter')}
          data={[
            { value: 'all', label: t('import.filterAll') },
            ...cellOutcomes.filter((o) => counts.get(o)).map((o) => ({ value: o, label: `${t(`import.outcomes.${o}`)} (${formatNumber(counts.get(o))})` })),
          ]}
          value={filter}
          onChange={(event) => {
            setFilter(event.currentTarget.value as 'all' | CellOutcome);
            setLimit(pageSize);
          }}
          w={260}
          data-testid="import-filter"
        />
      </Group>
      <Table.ScrollContainer minWidth={980}>
        <Table striped withTableBorder fz="sm" data-testid="import-figures">
          <Table.Caption>{t('import.figuresCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.columns.cell')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.indicator')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.category')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.period')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.status')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('import.columns.value')}
              </Table.Th>
              <Table.Th scope="col">{t('import.columns.unit')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('import.columns.current')}
              </Table.Th>
              <Table.Th scope="col">{t('import.columns.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.slice(0, limit).map((f) => (
              <Table.Tr key={`${f.sheet}!${f.cell}`} data-testid="import-figure" data-cell={`${f.sheet}!${f.cell}`} data-outcome={f.outcome}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }} title={`${f.header} · ${f.rowLabel}`}>
                  {f.sheet}!{f.cell}
                </Table.Th>
                <Table.Td>{indicatorName(indicators.get(f.indicator), language, f.indicator)}</Table.Td>
                <Table.Td>{categoryName(f)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatPeriod(f.period, { capital: true })}
                  {f.revision && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('import.revision')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {f.status ? (
                    <StatusMark status={f.status} />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('import.noStatus')}
                    </Text>
                  )}
                  {f.status && !f.statusFromFile && (
                    <Text size="xs" c="dimmed">
                      {t('import.statusChosen')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" data-testid="import-figure-value">
                  {formatNumber(f.value)}
                </Table.Td>
                <Table.Td>{unitOf(f)}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  <Num text={formatNumber(f.current?.value)} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge color={outcomeColor[f.outcome]} variant="light" radius="sm" miw="max-content">
                      {t(`import.outcomes.${f.outcome}`)}
                    </Badge>
                    {f.flags.includes('stored_ratio_mismatch') && (
                      <>
                        <WarningIcon />
                        <Text size="xs" c="orange.9">
                          {t('import.ratioFlag')}
                        </Text>
                      </>
                    )}
                  </Group>
                  {f.outcome === 'not_stored' && f.recomputed !== undefined && (
                    <Text size="xs" c="dimmed">
                      {t('import.recomputed', { value: formatNumber(f.recomputed ?? null) })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length > limit && (
        <Group>
          <Button variant="default" size="compact-sm" onClick={() => setLimit(shown.length)}>
            {t('import.showAll', { n: formatNumber(shown.length) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The plans a workbook holds (indicator, year, value, current plan, outcome). */
export function ImportPlansTable({ plans, indicators }: { plans: PreviewPlan[]; indicators: Map<string, Indicator> }) {
  const { t } = useFiguresIoTranslation();
  const language = currentLanguage();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('import.plansTitle')}
      </Title>
      <Table striped withTableBorder fz="sm" data-testid="import-plans">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.columns.cell')}</Table.Th>
            <Table.Th scope="col">{t('import.columns.indicator')}</Table.Th>
            <Table.Th scope="col">{t('import.columns.year')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('import.columns.value')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('import.columns.current')}
            </Table.Th>
            <Table.Th scope="col">{t('import.columns.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={`${p.sheet}!${p.cell}`}>
              <Table.Th scope="row" fw={500}>
                {p.sheet}!{p.cell}
              </Table.Th>
              <Table.Td>{indicatorName(indicators.get(p.indicator), language, p.indicator)}</Table.Td>
              <Table.Td>{p.year}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(p.value)} {indicatorUnit(indicators.get(p.indicator), language)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                <Num text={formatNumber(p.current?.value)} />
              </Table.Td>
              <Table.Td>
                <Badge color={outcomeColor[p.outcome]} variant="light" radius="sm">
                  {t(`import.outcomes.${p.outcome}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
