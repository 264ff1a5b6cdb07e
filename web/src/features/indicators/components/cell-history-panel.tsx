import { Drawer, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatPeriod } from '../../../lib/format';
import type { GridRow } from '../api/grid';
import { useHistory } from '../api/get-history';
import { useGridText } from './grid-text';
import { VintageTable } from './history-drawer';

/** Props of {@link CellHistoryPanel}. */
export type CellHistoryPanelProps = {
  /** The cell whose vintages to show; null closes the panel. */
  cell: { row: GridRow; period: string } | null;
  orgunit: string;
  placeName: string;
  onClose: () => void;
};

/**
 * A side panel with every vintage of one grid cell, newest first: value, status, where it came from (file, sheet,
 * cell of an import), who recorded it and when, and the reason given for changing a published month.
 */
export function CellHistoryPanel({ cell, orgunit, placeName, onClose }: CellHistoryPanelProps) {
  const { t, fullRowName, unit } = useGridText();
  const history = useHistory(cell ? { indicator: cell.row.indicator, orgunit, period: cell.period, category: cell.row.category, base: cell.row.base } : null);
  return (
    <Drawer
      opened={cell !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>{t('history.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {cell && (
        <Stack gap="sm" data-testid="cell-history">
          <Text size="sm" data-testid="history-subject">
            {t('history.subject', { name: fullRowName(cell.row), place: placeName, period: formatPeriod(cell.period) })}
          </Text>
          {history.isPending && <Loading />}
          {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
          {history.data &&
            (history.data.items.length ? (
              <VintageTable items={history.data.items} decimals={cell.row.decimals} unit={unit(cell.row)} />
            ) : (
              <Text size="sm" c="dimmed" data-testid="history-empty">
                {t('history.empty')}
              </Text>
            ))}
        </Stack>
      )}
    </Drawer>
  );
}
