import { Button, Group, Stack, Text } from '@mantine/core';
import { formatDateTime, formatNumber, formatPeriod } from '../../../lib/format';
import type { GridCell, GridRow } from '../api/grid';
import type { FigureStatus } from '../api/types';
import { useGridText } from './grid-text';
import { LockIcon, WarningIcon } from './icons';
import { StatusMark } from './status-mark';

/** Props of {@link CellDetails}. */
export type CellDetailsProps = {
  row: GridRow | undefined;
  cell: GridCell | null;
  editable: boolean;
  statusOnSave: FigureStatus | null;
  onEdit: () => void;
  onHistory: () => void;
  warningText: (w: GridCell['warnings'][number]) => string;
};

/** What the active cell holds, in full: value, status, version, source, reason and warnings, with its edit and history buttons. */
export function CellDetails({ row, cell, editable, statusOnSave, onEdit, onHistory, warningText }: CellDetailsProps) {
  const { t, fullRowName, unit } = useGridText();
  if (!row) return null;
  if (!cell) {
    return (
      <Text size="sm" c="dimmed" mih={54} data-testid="cell-details">
        {fullRowName(row)}
      </Text>
    );
  }
  const source = cell.source;
  return (
    <Stack gap={2} mih={54} p="xs" bg="gray.0" style={{ borderRadius: 4 }} data-testid="cell-details">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {fullRowName(row)} · {formatPeriod(cell.period)}
          </Text>
          <Text size="sm" ff={cell.value === null ? undefined : 'monospace'} data-testid="cell-details-value">
            {cell.value === null ? t('common.noFigure') : `${formatNumber(cell.value)} ${unit(row)}`}
          </Text>
          <StatusMark status={cell.status} />
          {cell.published && (
            <Group gap={4} wrap="nowrap">
              <LockIcon />
              <Text size="xs">{t('grid.published')}</Text>
            </Group>
          )}
        </Group>
        <Group gap="xs">
          {editable && (
            <Button size="compact-sm" variant="default" onClick={onEdit} data-testid="cell-edit">
              {t('grid.edit')}
            </Button>
          )}
          <Button size="compact-sm" variant="default" onClick={onHistory} data-testid="cell-history-open">
            {t('grid.history')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {[
          cell.version > 0 ? t('grid.details.version', { version: formatNumber(cell.version) }) : t('grid.details.none'),
          cell.recordedAt ? t('grid.details.recordedAt', { when: formatDateTime(cell.recordedAt) }) : null,
          source?.file || source?.sheet
            ? t('grid.details.source', { file: source.file ?? '—', sheet: source.sheet ?? '—', cell: source.cell ?? '—' })
            : cell.sourceKind
              ? t(`history.sources.${cell.sourceKind}`, { defaultValue: cell.sourceKind })
              : null,
          cell.reason ? t('history.reason', { reason: cell.reason }) : null,
          editable && statusOnSave ? t('grid.details.statusOnSave', { status: t(`status.${statusOnSave}`) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {cell.warnings.map((w) => (
        <Group key={w.code} gap={4} wrap="nowrap">
          <WarningIcon />
          <Text size="xs" c="orange.9">
            {warningText(w)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
