import { Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import type { GridCell, GridRow } from '../api/grid';
import type { FigureStatus } from '../api/types';
import { useGridText } from './grid-text';
import { cellWidth, headerWidth, type EditMove, type Editing } from './grid-shared';
import { Hint } from './hint';
import { WarningIcon } from './icons';

const statusColor: Record<FigureStatus, string> = { estimate: 'yellow.9', preliminary: 'blue.8', official: 'green.9' };

/** Props of {@link GridCellView}. */
export type GridCellViewProps = {
  id: string;
  testId: string;
  row: GridRow;
  cell: GridCell;
  active: boolean;
  editing: Editing | null;
  saving: boolean;
  readOnly: boolean;
  label: string;
  warnings: string[];
  lockedLabel: string;
  onActivate: () => void;
  onStartEdit: () => void;
  onEditText: (text: string) => void;
  onCommit: (move: EditMove) => void;
  onCancel: () => void;
};

/** One cell: the value, a status mark, the lock of a published month and a warning sign (each also in words for screen readers). */
export function GridCellView({ id, testId, row, cell, active, editing, saving, readOnly, label, warnings, lockedLabel, ...on }: GridCellViewProps) {
  const { t } = useGridText();
  const text = formatNumber(cell.value, { decimals: row.decimals });
  const style = {
    minWidth: cellWidth,
    padding: editing ? 0 : '4px 8px',
    textAlign: 'right' as const,
    whiteSpace: 'nowrap' as const,
    fontVariantNumeric: 'tabular-nums',
    borderBottom: '1px solid var(--mantine-color-gray-2)',
    borderRight: '1px solid var(--mantine-color-gray-1)',
    background: cell.published ? 'var(--mantine-color-gray-1)' : warnings.length ? 'var(--mantine-color-orange-0)' : undefined,
    outline: active ? '2px solid var(--mantine-color-blue-6)' : undefined,
    outlineOffset: -2,
    cursor: readOnly ? 'default' : 'cell',
    scrollMarginTop: 40,
    scrollMarginLeft: headerWidth + 8,
  };
  return (
    <td
      role="gridcell"
      id={id}
      tabIndex={active ? 0 : -1}
      aria-readonly={readOnly}
      aria-selected={active}
      data-testid={testId}
      data-value={cell.value ?? ''}
      data-status={cell.status ?? ''}
      data-version={cell.version}
      data-locked={cell.published || undefined}
      data-warnings={cell.warnings.map((w) => w.code).join(' ') || undefined}
      onClick={on.onActivate}
      onFocus={() => !active && on.onActivate()}
      onDoubleClick={on.onStartEdit}
      style={style}
    >
      {editing ? (
        <input
          autoFocus
          value={editing.text}
          onChange={(event) => on.onEditText(event.currentTarget.value)}
          onFocus={(event) => {
            if (editing.text === editing.initial) event.currentTarget.select();
            else event.currentTarget.setSelectionRange(editing.text.length, editing.text.length);
          }}
          onBlur={() => on.onCommit(null)}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Enter') {
              event.preventDefault();
              on.onCommit({ dr: event.shiftKey ? -1 : 1, dc: 0 });
            } else if (event.key === 'Tab') {
              event.preventDefault();
              on.onCommit({ dr: 0, dc: event.shiftKey ? -1 : 1 });
            } else if (event.key === 'Escape') {
              event.preventDefault();
              on.onCancel();
            }
          }}
          inputMode="decimal"
          aria-label={t('grid.editLabel', { cell: label })}
          aria-invalid={editing.error ? true : undefined}
          aria-describedby={editing.error ? `${id}-error` : undefined}
          data-testid="grid-editor"
          style={{
            width: '100%',
            minWidth: cellWidth,
            height: '100%',
            boxSizing: 'border-box',
            border: `2px solid var(--mantine-color-${editing.error ? 'red' : 'blue'}-6)`,
            padding: '3px 6px',
            font: 'inherit',
            textAlign: 'right',
          }}
        />
      ) : (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {saving && <Loader size={10} aria-label={t('grid.saving')} />}
          {warnings.length > 0 && (
            <Hint label={warnings.join('\n')} open={active} testId="cell-warning">
              <WarningIcon />
            </Hint>
          )}
          {cell.value === null ? (
            <>
              <span aria-hidden>—</span>
              <VisuallyHidden>{t('common.noFigure')}</VisuallyHidden>
            </>
          ) : (
            <span>{text}</span>
          )}
          {cell.status && (
            <Text
              span
              size="10px"
              fw={700}
              c={statusColor[cell.status]}
              aria-hidden
              title={t(`status.${cell.status}`)}
              miw={16}
              ta="left"
              data-testid="cell-status"
            >
              {t(`grid.statusShort.${cell.status}`)}
            </Text>
          )}
          {cell.status && <VisuallyHidden>{t(`status.${cell.status}`)}</VisuallyHidden>}
          {cell.published && <VisuallyHidden>{lockedLabel}</VisuallyHidden>}
          {warnings.length > 0 && <VisuallyHidden>{`${t('grid.warningsLabel')}: ${warnings.join(' ')}`}</VisuallyHidden>}
        </Group>
      )}
      {editing?.error && <VisuallyHidden id={`${id}-error`}>{editing.error}</VisuallyHidden>}
    </td>
  );
}
