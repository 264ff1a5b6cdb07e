import { Badge, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDate, formatDateTime, formatNumber, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import { useFigure, useFigureHistories } from '../api/get-history';
import type { FigureKey, Indicator, Vintage } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { endOfDayInVietnam, versionInForce } from '../lib/periods';
import { StatusBadge } from './badges';

/** Props of {@link HistoryDrawer}. */
export type HistoryDrawerProps = {
  /** The figure whose vintages to show; null closes the drawer. */
  figure: FigureKey | null;
  indicator: Indicator | undefined;
  /** The province's name, for the title. */
  placeName: string;
  /** The name of a former unit ("19@2008-08-01"), when the figure is summed from the units a province was formed from. */
  unitLabel?: (unitRef: string) => ReactNode;
  /** When the screen shows figures as of a day (YYYY-MM-DD): the vintage in force that day is marked. */
  asOf?: string;
  onClose: () => void;
};

const sourceKinds = ['manual', 'import', 'api', 'seed'];

/**
 * Every vintage of one figure, newest first: value, status, where it came from, who recorded it and when.
 * A province formed by a merger has no figures of its own before it existed: the drawer shows the vintages of each
 * former province it is summed from. A derived indicator (trade balance) has none of its own and says so.
 */
export function HistoryDrawer({ figure, indicator, placeName, unitLabel, asOf, onClose }: HistoryDrawerProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const derived = indicator?.kind === 'derived';
  const computed = useFigure(figure && !derived ? figure : null);
  const mergedFrom = computed.data?.mergedFrom ?? null;
  const keys = figure && computed.isSuccess ? (mergedFrom?.length ? mergedFrom.map((orgunit) => ({ ...figure, orgunit })) : [figure]) : [];
  const histories = useFigureHistories(keys);
  const name = indicatorName(indicator, language, figure?.indicator ?? '');
  const unit = indicatorUnit(indicator, language);
  const failed = computed.error ?? histories.find((h) => h.isError)?.error;
  const pending = !derived && figure !== null && (computed.isPending || histories.some((h) => h.isPending));

  return (
    <Drawer
      opened={figure !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>{t('history.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      data-testid="history-drawer"
    >
      {figure && (
        <Stack gap="sm">
          <Text size="sm" data-testid="history-subject">
            {t('history.subject', { name, place: placeName, period: formatPeriod(figure.period) })}
          </Text>
          {derived && (
            <Text size="sm" c="dimmed">
              {t('history.derived', { name })}
            </Text>
          )}
          {pending && <Loading />}
          {failed && (
            <ErrorAlert error={failed} onRetry={() => void (computed.isError ? computed.refetch() : histories.forEach((h) => h.isError && h.refetch()))} />
          )}
          {!pending && !failed && !derived && (
            <>
              {computed.data && (
                <Text size="sm">
                  {t('history.current', { value: formatNumber(computed.data.value, { decimals: indicator?.decimals }), unit })}{' '}
                  <StatusBadge status={computed.data.status} />
                </Text>
              )}
              {mergedFrom?.length ? (
                <Text size="sm" c="dimmed" data-testid="history-merged">
                  {t('history.merged', { place: placeName })}
                </Text>
              ) : null}
              {keys.map((key, index) => {
                const items = histories[index]?.data?.items ?? [];
                return (
                  <Stack key={key.orgunit} gap={4}>
                    {mergedFrom?.length ? (
                      <Title order={3} size="h6">
                        {unitLabel ? unitLabel(key.orgunit) : key.orgunit}
                      </Title>
                    ) : null}
                    {items.length ? (
                      <VintageTable items={items} decimals={indicator?.decimals} unit={unit} asOf={asOf} />
                    ) : (
                      <Text size="sm" c="dimmed" data-testid="history-empty">
                        {computed.data?.reported === false && !mergedFrom?.length ? t('history.computed') : t('history.empty')}
                      </Text>
                    )}
                  </Stack>
                );
              })}
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

/** Where a vintage came from, in words: the kind, and for an import the file, sheet and cell. */
function SourceText({ item }: { item: Vintage }) {
  const { t } = useIndicatorsTranslation();
  const kind = sourceKinds.includes(item.sourceKind) ? t(`history.sources.${item.sourceKind}`) : item.sourceKind;
  const source = item.source ?? {};
  const text = (key: string) => (typeof source[key] === 'string' ? (source[key] as string) : null);
  const [file, sheet, cell] = [text('file'), text('sheet'), text('cell')];
  return (
    <>
      {kind}
      {(file || sheet) && (
        <Text size="xs" c="dimmed" data-testid="history-source">
          {[file && t('history.sourceFile', { file }), sheet && t('history.sourceSheet', { sheet }), cell && t('history.sourceCell', { cell })]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      {source['revision'] === true && (
        <Text size="xs" c="dimmed">
          {t('history.revision')}
        </Text>
      )}
    </>
  );
}

/** The vintages of one figure, newest first: version (the one in force marked), value, status, source, who, when, note and reason. */
export function VintageTable({ items, decimals, unit, asOf }: { items: Vintage[]; decimals: number | undefined; unit: string; asOf?: string }) {
  const { t } = useIndicatorsTranslation();
  const latest = items.reduce((max, item) => Math.max(max, item.version), 0);
  const inForce = asOf ? versionInForce(items, endOfDayInVietnam(asOf)) : latest;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="history-table">
        <Table.Caption>{t('history.caption', { unit })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.columns.version')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('history.columns.value')}
            </Table.Th>
            <Table.Th scope="col">{t('history.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('history.columns.source')}</Table.Th>
            <Table.Th scope="col">{t('history.columns.recordedBy')}</Table.Th>
            <Table.Th scope="col">{t('history.columns.recordedAt')}</Table.Th>
            <Table.Th scope="col">{t('history.columns.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.version} data-version={item.version}>
              <Table.Th scope="row" fw={500}>
                {formatNumber(item.version)}
                {item.version === inForce && (
                  <Badge ml={6} size="xs" variant="outline" radius="sm" miw="max-content">
                    {asOf ? t('history.inForceOn', { date: formatDate(asOf) }) : t('history.latest')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(item.value, { decimals })}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>
                <SourceText item={item} />
              </Table.Td>
              <Table.Td>{item.recordedBy ?? t('history.system')}</Table.Td>
              <Table.Td>{formatDateTime(item.recordedAt)}</Table.Td>
              <Table.Td data-testid="history-reason">
                {item.reason && (
                  <Text size="sm" fw={500}>
                    {t('history.reason', { reason: item.reason })}
                  </Text>
                )}
                {item.note && <Text size="sm">{item.note}</Text>}
                {!item.reason && !item.note && '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
