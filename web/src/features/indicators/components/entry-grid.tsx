import { Alert, Stack, Text } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { formatPeriod } from '../../../lib/format';
import type { Grid, GridCell, GridParams, GridRow } from '../api/grid';
import { gridColumns, hasChildren, latestMonthWithData, statusForSave, visibleRows, type Editor, type StatusChoice } from '../lib/grid-model';
import { CellDetails } from './cell-details';
import { CellHistoryPanel } from './cell-history-panel';
import { ConflictDialog, SaveDialog } from './grid-dialogs';
import { GridHeader } from './grid-header';
import { GridRowView, pendingOf } from './grid-row';
import { useGridText } from './grid-text';
import { writeKey } from './use-cell-saves';
import { useGridKeyboard } from './use-grid-keyboard';
import { useGridPaste } from './use-grid-paste';
import { useGridSave } from './use-grid-save';

/** Props of {@link EntryGrid}. */
export type EntryGridProps = {
  grid: Grid;
  params: GridParams;
  placeName: string;
  /** Who edits: nobody (readers), an officer, or a director (who may change published months with a reason). */
  editor: Editor;
  statusChoice: StatusChoice;
  withAggregates: boolean;
};

/**
 * The entry grid of a province and year: indicators (and, unfolded, their categories) down, the months and the stored
 * aggregates across. A spreadsheet from the keyboard: arrows, Home/End, Page Up/Down move; Enter or F2 edits (typing a
 * digit starts with it); Enter saves and moves down, Tab saves and moves right, Escape cancels; H opens the cell's
 * history; a block copied from Excel is pasted after a confirmation. Each save is one `PUT /api/figures` with the
 * cell's version: a 409 shows the other person's value. Published months are locked; a director changes them with a reason.
 * The keyboard model is in use-grid-keyboard.ts, the clipboard in use-grid-paste.ts, saves and conflicts in use-grid-save.ts.
 */
export function EntryGrid({ grid, params, placeName, editor, statusChoice, withAggregates }: EntryGridProps) {
  const { t, warning } = useGridText();
  const gridId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => visibleRows(grid.rows, expanded), [grid.rows, expanded]);
  const columns = useMemo(() => gridColumns(grid, withAggregates), [grid, withAggregates]);
  const expandable = useMemo(() => new Set(grid.rows.filter((r) => hasChildren(r, grid.rows)).map((r) => r.id)), [grid.rows]);
  const latest = useMemo(() => latestMonthWithData(grid), [grid]);
  const published = useMemo(() => new Set(grid.published), [grid.published]);
  const [history, setHistory] = useState<{ row: GridRow; period: string } | null>(null);
  const saves = useGridSave({ grid, params, latest });

  const toggle = (row: GridRow, open?: boolean) => {
    if (!expandable.has(row.id)) return;
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(row.id)) next.add(row.id);
      else next.delete(row.id);
      return next;
    });
  };

  /** Why a cell cannot be edited, in words (null when it can). */
  const whyReadOnly = (cell: GridCell): string | null => {
    if (editor === 'none') return t('grid.messages.readOnly');
    if (cell.published && editor !== 'director') return t('grid.messages.locked', { period: formatPeriod(cell.period) });
    return null;
  };

  const cursor = useGridKeyboard({
    rows,
    columns,
    gridId,
    expanded,
    expandable,
    toggle,
    whyReadOnly,
    statusChoice,
    latest,
    saves,
    onHistory: (row, period) => setHistory({ row, period }),
  });
  const clipboard = useGridPaste({ editor, rows, columns, cursor, saves });
  const { activeRow, activePeriod, activeCell, editing, focusActive } = cursor;
  const { message, dialog, conflict } = saves;

  return (
    <Stack gap="sm">
      <CellDetails
        row={activeRow}
        cell={activeCell}
        editable={activeCell ? whyReadOnly(activeCell) === null : false}
        statusOnSave={activeCell ? statusForSave(statusChoice, activeCell, latest) : null}
        onEdit={() => activeRow && activePeriod && cursor.startEdit(activeRow, activePeriod)}
        onHistory={cursor.openHistory}
        warningText={(w) => (activeRow ? warning(w, activeRow, grid.rows) : '')}
      />
      <div aria-live="polite" role="status" data-testid="grid-message">
        {message && (
          <Alert
            color={message.tone === 'error' ? 'red' : message.tone === 'success' ? 'green' : 'blue'}
            variant="light"
            py={6}
            withCloseButton
            closeButtonLabel={t('app.close')}
            onClose={() => saves.setMessage(null)}
          >
            <Text size="sm">{message.text}</Text>
          </Alert>
        )}
      </div>
      <div style={{ overflow: 'auto', maxHeight: '70vh', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }} data-testid="grid-scroll">
        <table
          role="treegrid"
          aria-label={t('grid.tableLabel', { place: placeName, year: String(grid.year) })}
          aria-readonly={editor === 'none' || undefined}
          onKeyDown={cursor.onKeyDown}
          onPaste={clipboard.onPaste}
          onCopy={clipboard.onCopy}
          data-testid="entry-grid"
          style={{ borderCollapse: 'separate', borderSpacing: 0, fontSize: 'var(--mantine-font-size-sm)', minWidth: '100%' }}
        >
          <GridHeader columns={columns} published={published} />
          <tbody>
            {rows.map((row, r) => (
              <GridRowView
                key={row.id}
                row={row}
                index={r}
                columns={columns}
                activeCol={r === cursor.rowIndex ? cursor.col : -1}
                editing={editing?.rowId === row.id ? editing : null}
                saving={pendingOf(row, saves.pending)}
                expandable={expandable.has(row.id)}
                expanded={expanded.has(row.id)}
                editor={editor}
                gridId={gridId}
                allRows={grid.rows}
                actions={cursor.actions}
              />
            ))}
          </tbody>
        </table>
      </div>
      {dialog && (
        <SaveDialog
          mode={dialog.mode}
          changes={dialog.changes}
          plan={dialog.plan}
          statusChoice={statusChoice}
          latestMonth={latest}
          onCancel={() => {
            saves.setDialog(null);
            focusActive();
          }}
          onConfirm={(choice, reason) => {
            saves.confirmDialog(choice, reason);
            focusActive();
          }}
        />
      )}
      {conflict && (
        <ConflictDialog
          key={writeKey(conflict)}
          write={conflict}
          row={saves.conflictRow}
          remaining={saves.remainingConflicts}
          onReload={() => {
            saves.keepTheirs();
            focusActive();
          }}
          onOverwrite={(version) => {
            saves.keepMine(version);
            focusActive();
          }}
        />
      )}
      <CellHistoryPanel
        cell={history}
        orgunit={params.orgunit}
        placeName={placeName}
        onClose={() => {
          setHistory(null);
          focusActive();
        }}
      />
    </Stack>
  );
}
