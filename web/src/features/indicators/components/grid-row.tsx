import { Group, Text } from '@mantine/core';
import { memo } from 'react';
import { formatPeriod } from '../../../lib/format';
import type { GridRow } from '../api/grid';
import { cellOf, isEditable, type Editor } from '../lib/grid-model';
import { GridCellView } from './grid-cell';
import { useGridText } from './grid-text';
import { cellDomId, headerWidth, type Editing, type RowActions } from './grid-shared';
import { ChevronIcon } from './icons';

/** The periods of a row being saved, as one text (so an unchanged row compares equal). */
export function pendingOf(row: GridRow, pending: ReadonlySet<string>): string {
  if (!pending.size) return '';
  const prefix = `${row.indicator}|${row.category ?? ''}|${row.base}|`;
  return [...pending]
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length))
    .join(' ');
}

/** Props of {@link GridRowView}. */
export type GridRowViewProps = {
  row: GridRow;
  index: number;
  columns: string[];
  /** The active column in this row (0 = the row header), or −1. */
  activeCol: number;
  editing: Editing | null;
  /** The periods of this row being saved (space-separated). */
  saving: string;
  expandable: boolean;
  expanded: boolean;
  editor: Editor;
  gridId: string;
  /** Every row of the grid, for the words of a "part larger than its total" warning. */
  allRows: readonly GridRow[];
  actions: RowActions;
};

/** One row of the grid; re-rendered only when its data, its active cell, its editor or the language change. */
export const GridRowView = memo(function GridRowView({
  row,
  index,
  columns,
  activeCol,
  editing,
  saving,
  expandable,
  expanded,
  editor,
  gridId,
  allRows,
  actions,
}: GridRowViewProps) {
  const { t, rowName, fullRowName, unit, warning } = useGridText();
  const headerActive = activeCol === 0;
  const name = rowName(row);
  const savingPeriods = saving ? new Set(saving.split(' ')) : null;
  return (
    <tr aria-level={row.level + 1} aria-expanded={expandable ? expanded : undefined} data-row={row.id} data-testid={`row-${row.id}`}>
      <th
        scope="row"
        role="rowheader"
        id={cellDomId(gridId, index, 0)}
        tabIndex={headerActive ? 0 : -1}
        onClick={() => {
          actions.activate(row.id, 0);
          actions.toggle(row.id);
        }}
        onFocus={() => !headerActive && actions.activate(row.id, 0)}
        style={{
          position: 'sticky',
          left: 0,
          zIndex: 1,
          background: row.level === 0 ? 'var(--mantine-color-white)' : 'var(--mantine-color-gray-0)',
          minWidth: headerWidth,
          maxWidth: headerWidth,
          padding: `4px 8px 4px ${8 + row.level * 18}px`,
          textAlign: 'left',
          fontWeight: row.level === 0 ? 600 : 400,
          borderBottom: '1px solid var(--mantine-color-gray-2)',
          borderRight: '1px solid var(--mantine-color-gray-3)',
          cursor: expandable ? 'pointer' : 'default',
          outline: headerActive ? '2px solid var(--mantine-color-blue-6)' : undefined,
          outlineOffset: -2,
          scrollMarginTop: 40,
        }}
      >
        <Group gap={6} wrap="nowrap" align="flex-start">
          <span style={{ width: 12, paddingTop: 3, visibility: expandable ? 'visible' : 'hidden' }}>
            <ChevronIcon open={expanded} />
          </span>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }} title={name}>
            {name}
            {row.level === 0 && (
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                ({unit(row)})
              </Text>
            )}
          </span>
        </Group>
      </th>
      {columns.map((period, i) => {
        const cell = cellOf(row, period);
        const c = i + 1;
        return (
          <GridCellView
            key={period}
            id={cellDomId(gridId, index, c)}
            testId={`cell-${row.id}-${period}`}
            row={row}
            cell={cell}
            active={activeCol === c}
            editing={editing?.period === period ? editing : null}
            saving={savingPeriods?.has(period) ?? false}
            readOnly={!isEditable(cell, editor)}
            label={`${fullRowName(row)}, ${formatPeriod(period)}`}
            warnings={cell.warnings.map((w) => warning(w, row, allRows))}
            lockedLabel={t('grid.published')}
            onActivate={() => actions.activate(row.id, c)}
            onStartEdit={() => actions.startEdit(row.id, period)}
            onEditText={actions.editText}
            onCommit={actions.commit}
            onCancel={actions.cancel}
          />
        );
      })}
    </tr>
  );
});
