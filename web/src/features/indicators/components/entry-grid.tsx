import { Alert, Button, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { describeError } from '../../../lib/errors';
import { formatDateTime, formatMonthOfYear, formatNumber, formatPeriod, numberSeparators } from '../../../lib/format';
import type { FigureWrite, Grid, GridCell, GridParams, GridRow } from '../api/grid';
import type { FigureStatus } from '../api/types';
import {
  cellOf,
  gridColumns,
  hasChildren,
  isEditable,
  isMonthPeriod,
  latestMonthWithData,
  planPaste,
  statusForSave,
  visibleRows,
  type Editor,
  type PasteChange,
  type PastePlan,
  type StatusChoice,
} from '../lib/grid-model';
import { parseClipboardBlock, parseNumberText } from '../lib/parse-number';
import { StatusMark } from './status-mark';
import { CellHistoryPanel } from './cell-history-panel';
import { ConflictDialog, SaveDialog } from './grid-dialogs';
import { useGridText } from './grid-text';
import { Hint } from './hint';
import { ChevronIcon, LockIcon, WarningIcon } from './icons';
import { isMonthPublished, useCellSaves, writeKey, type SaveOutcome } from './use-cell-saves';

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

type Position = { rowId: string; col: number };
type Editing = { rowId: string; period: string; text: string; initial: string; error: string | null };
type Message = { tone: 'info' | 'success' | 'error'; text: string };
type Pending = { mode: 'paste' | 'published'; changes: PasteChange[]; plan?: Omit<PastePlan, 'changes'> };

const statusColor: Record<FigureStatus, string> = { estimate: 'yellow.9', preliminary: 'blue.8', official: 'green.9' };
const headerWidth = 300;
const cellWidth = 112;
const editStarters = /^[0-9,.\-−+(]$/;

/**
 * The entry grid of a province and year: indicators (and, unfolded, their categories) down, the months and the stored
 * aggregates across. A spreadsheet from the keyboard: arrows, Home/End, Page Up/Down move; Enter or F2 edits (typing a
 * digit starts with it); Enter saves and moves down, Tab saves and moves right, Escape cancels; H opens the cell's
 * history; a block copied from Excel is pasted after a confirmation. Each save is one `PUT /api/figures` with the
 * cell's version: a 409 shows the other person's value. Published months are locked; a director changes them with a reason.
 */
export function EntryGrid({ grid, params, placeName, editor, statusChoice, withAggregates }: EntryGridProps) {
  const { t, fullRowName, warning, language } = useGridText();
  const gridId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => visibleRows(grid.rows, expanded), [grid.rows, expanded]);
  const columns = useMemo(() => gridColumns(grid, withAggregates), [grid, withAggregates]);
  const expandable = useMemo(() => new Set(grid.rows.filter((r) => hasChildren(r, grid.rows)).map((r) => r.id)), [grid.rows]);
  const latest = useMemo(() => latestMonthWithData(grid), [grid]);
  const published = useMemo(() => new Set(grid.published), [grid.published]);

  const [active, setActive] = useState<Position>({ rowId: rows[0]?.id ?? '', col: 1 });
  const found = rows.findIndex((r) => r.id === active.rowId);
  const rowIndex = found < 0 ? 0 : found;
  const col = Math.max(0, Math.min(active.col, columns.length));
  const activeRow = rows[rowIndex];
  const activePeriod = col > 0 ? columns[col - 1]! : null;
  const activeCell = activeRow && activePeriod ? cellOf(activeRow, activePeriod) : null;

  const [editing, setEditing] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  editingRef.current = editing;
  const [message, setMessage] = useState<Message | null>(null);
  // A message is a sentence in the language it was said in: switching the language clears it.
  useEffect(() => setMessage(null), [language]);
  const [dialog, setDialog] = useState<Pending | null>(null);
  const [conflicts, setConflicts] = useState<FigureWrite[]>([]);
  const [history, setHistory] = useState<{ row: GridRow; period: string } | null>(null);
  const saves = useCellSaves(params);

  // Focus follows the active cell after a keyboard or mouse move (never on a mere refresh of the data).
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    document.getElementById(cellDomId(gridId, rowIndex, col))?.focus();
  });
  const moveTo = (r: number, c: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, r))];
    if (!row) return;
    focusPending.current = true;
    setActive({ rowId: row.id, col: Math.max(0, Math.min(columns.length, c)) });
  };
  const focusActive = () => {
    focusPending.current = true;
    setActive((current) => ({ ...current }));
  };

  const toggle = (row: GridRow, open?: boolean) => {
    if (!expandable.has(row.id)) return;
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(row.id)) next.add(row.id);
      else next.delete(row.id);
      return next;
    });
  };

  const cellLabel = (row: GridRow, period: string) => `${fullRowName(row)}, ${formatPeriod(period)}`;

  const report = (outcome: SaveOutcome) => {
    const parts: string[] = [];
    if (outcome.saved) parts.push(t('grid.messages.saved', { n: formatNumber(outcome.saved) }));
    if (outcome.unchanged) parts.push(t('grid.messages.unchanged', { n: formatNumber(outcome.unchanged) }));
    if (outcome.conflicts.length) parts.push(t('grid.messages.conflicts', { n: formatNumber(outcome.conflicts.length) }));
    if (outcome.reasonRequired.length) parts.push(t('grid.messages.reasonRequired', { n: formatNumber(outcome.reasonRequired.length) }));
    for (const { write, error } of outcome.failed.slice(0, 3)) {
      const row = grid.rows.find((r) => r.indicator === write.indicator && r.category === write.category && r.base === write.base);
      const why = isMonthPublished(error) ? t('grid.messages.locked', { period: formatPeriod(write.period) }) : describeError(error);
      parts.push(`${row ? cellLabel(row, write.period) : write.period}: ${why}`);
    }
    const failed = outcome.failed.length + outcome.reasonRequired.length > 0;
    setMessage({ tone: failed ? 'error' : outcome.conflicts.length ? 'info' : 'success', text: parts.join(' ') || t('grid.messages.nothing') });
    if (outcome.conflicts.length) setConflicts((current) => [...current, ...outcome.conflicts]);
  };

  const toWrite = (change: PasteChange, choice: StatusChoice, reason: string): FigureWrite => ({
    indicator: change.row.indicator,
    orgunit: params.orgunit,
    period: change.cell.period,
    category: change.row.category,
    base: change.row.base,
    value: change.value,
    status: statusForSave(choice, change.cell, latest),
    expectedVersion: change.cell.version,
    ...(change.cell.published && reason ? { reason } : {}),
  });

  const save = (changes: PasteChange[], choice: StatusChoice, reason: string) => {
    void saves.run(changes.map((c) => toWrite(c, choice, reason))).then(report);
  };

  /** Why a cell cannot be edited, in words (null when it can). */
  const whyReadOnly = (cell: GridCell): string | null => {
    if (editor === 'none') return t('grid.messages.readOnly');
    if (cell.published && editor !== 'director') return t('grid.messages.locked', { period: formatPeriod(cell.period) });
    return null;
  };

  const startEdit = (row: GridRow, period: string, initial?: string) => {
    const cell = cellOf(row, period);
    const why = whyReadOnly(cell);
    if (why) {
      setMessage({ tone: 'info', text: why });
      return;
    }
    if (saves.pending.has(writeKey({ indicator: row.indicator, category: row.category, base: row.base, period }))) return;
    const current = cell.value === null ? '' : formatNumber(cell.value);
    setMessage(null);
    setEditing({ rowId: row.id, period, text: initial ?? current, initial: current, error: null });
  };

  /** Ends editing: saves when the text changed (after a confirmation in a published month), else just closes. */
  const commit = (move: { dr: number; dc: number } | null) => {
    const edit = editingRef.current;
    if (!edit) return;
    const row = rows.find((r) => r.id === edit.rowId);
    if (!row) {
      setEditing(null);
      return;
    }
    const cell = cellOf(row, edit.period);
    if (edit.text.trim() === edit.initial.trim()) {
      editingRef.current = null;
      setEditing(null);
    } else {
      const parsed = parseNumberText(edit.text, numberSeparators());
      if (parsed.kind !== 'number') {
        const error =
          parsed.kind === 'empty' ? t('grid.messages.emptyValue') : t('grid.messages.invalidNumber', { text: parsed.text, example: formatNumber(1234.5) });
        setEditing({ ...edit, error });
        setMessage({ tone: 'error', text: error });
        return;
      }
      editingRef.current = null;
      setEditing(null);
      const change = { row, cell, value: parsed.value };
      if (cell.published) setDialog({ mode: 'published', changes: [change] });
      else if (parsed.value !== cell.value || statusForSave(statusChoice, cell, latest) !== cell.status) save([change], statusChoice, '');
    }
    if (move) moveTo(rowIndex + move.dr, col + move.dc);
    else focusActive();
  };

  const cancelEdit = () => {
    editingRef.current = null;
    setEditing(null);
    focusActive();
  };

  const openHistory = () => {
    if (activeRow && activePeriod) setHistory({ row: activeRow, period: activePeriod });
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !activeRow) return;
    const { key } = event;
    const page = 10;
    const moves: Record<string, () => void> = {
      ArrowUp: () => moveTo(rowIndex - 1, col),
      ArrowDown: () => moveTo(rowIndex + 1, col),
      ArrowLeft: () => {
        if (col === 0 && expanded.has(activeRow.id)) toggle(activeRow, false);
        else if (col === 0 && activeRow.level > 0) {
          const parent = rows.findIndex((r) => r.id === `${activeRow.indicator}|${activeRow.parent ?? ''}|${activeRow.base}`);
          if (parent >= 0) moveTo(parent, 0);
        } else moveTo(rowIndex, col - 1);
      },
      ArrowRight: () => {
        if (col === 0 && expandable.has(activeRow.id) && !expanded.has(activeRow.id)) toggle(activeRow, true);
        else moveTo(rowIndex, col + 1);
      },
      Home: () => (event.ctrlKey ? moveTo(0, 0) : moveTo(rowIndex, 0)),
      End: () => (event.ctrlKey ? moveTo(rows.length - 1, columns.length) : moveTo(rowIndex, columns.length)),
      PageUp: () => moveTo(rowIndex - page, col),
      PageDown: () => moveTo(rowIndex + page, col),
    };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      move();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (col === 0) {
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        toggle(activeRow);
      }
      return;
    }
    if (!activePeriod) return;
    if (key === 'Enter' || key === 'F2') {
      event.preventDefault();
      startEdit(activeRow, activePeriod);
    } else if (key === 'h' || key === 'H') {
      event.preventDefault();
      openHistory();
    } else if (editStarters.test(key)) {
      event.preventDefault();
      startEdit(activeRow, activePeriod, key);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData('text/plain');
    const block = parseClipboardBlock(text);
    // A single value typed into the editor is the editor's business; a block always goes through the confirmation.
    if (editing && block.length === 1 && block[0]!.length === 1) return;
    event.preventDefault();
    if (editor === 'none') {
      setMessage({ tone: 'info', text: t('grid.messages.readOnly') });
      return;
    }
    const start = editing
      ? { row: rows.findIndex((r) => r.id === editing.rowId), column: columns.indexOf(editing.period) }
      : { row: rowIndex, column: col - 1 };
    if (start.row < 0 || start.column < 0) {
      setMessage({ tone: 'info', text: t('grid.messages.pasteWhere') });
      return;
    }
    editingRef.current = null;
    setEditing(null);
    const { changes, ...plan } = planPaste(block, start, rows, columns, editor, numberSeparators());
    if (!changes.length && !plan.invalid.length && !plan.locked.length) {
      setMessage({ tone: 'info', text: t('grid.messages.nothingToPaste') });
      focusActive();
      return;
    }
    setDialog({ mode: 'paste', changes, plan });
  };

  const onCopy = (event: ClipboardEvent<HTMLTableElement>) => {
    if (editing || !activeCell) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', activeCell.value === null ? '' : formatNumber(activeCell.value));
  };

  // The rows get stable actions (so a row re-renders only when its own data changes) that call the latest handlers.
  const latestHandlers = useRef({ toggle, startEdit, commit, cancelEdit, rows });
  latestHandlers.current = { toggle, startEdit, commit, cancelEdit, rows };
  const actions = useMemo<RowActions>(
    () => ({
      activate: (rowId, c) => setActive({ rowId, col: c }),
      toggle: (rowId) => {
        const row = latestHandlers.current.rows.find((r) => r.id === rowId);
        if (row) latestHandlers.current.toggle(row);
      },
      startEdit: (rowId, period) => {
        const row = latestHandlers.current.rows.find((r) => r.id === rowId);
        if (row) latestHandlers.current.startEdit(row, period);
      },
      editText: (text) => setEditing((current) => (current ? { ...current, text, error: null } : current)),
      commit: (move) => latestHandlers.current.commit(move),
      cancel: () => latestHandlers.current.cancelEdit(),
    }),
    [],
  );

  const conflict = conflicts[0];
  const conflictRow = conflict
    ? grid.rows.find((r) => r.indicator === conflict.indicator && r.category === conflict.category && r.base === conflict.base)
    : undefined;

  return (
    <Stack gap="sm">
      <CellDetails
        row={activeRow}
        cell={activeCell}
        editable={activeCell ? whyReadOnly(activeCell) === null : false}
        statusOnSave={activeCell ? statusForSave(statusChoice, activeCell, latest) : null}
        onEdit={() => activeRow && activePeriod && startEdit(activeRow, activePeriod)}
        onHistory={openHistory}
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
            onClose={() => setMessage(null)}
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
          onKeyDown={onGridKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
          data-testid="entry-grid"
          style={{ borderCollapse: 'separate', borderSpacing: 0, fontSize: 'var(--mantine-font-size-sm)', minWidth: '100%' }}
        >
          <thead>
            <tr>
              <th scope="col" style={{ ...stickyTop, left: 0, zIndex: 3, minWidth: headerWidth, maxWidth: headerWidth, textAlign: 'left' }}>
                {t('grid.indicatorColumn')}
              </th>
              {columns.map((period) => {
                const month = isMonthPeriod(period);
                const locked = month && published.has(period);
                return (
                  <th
                    key={period}
                    scope="col"
                    data-testid={`col-${period}`}
                    data-published={locked || undefined}
                    style={{ ...stickyTop, minWidth: cellWidth, textAlign: 'right', background: locked ? 'var(--mantine-color-gray-1)' : stickyTop.background }}
                  >
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {locked && <LockIcon color="var(--mantine-color-gray-7)" />}
                      <span aria-hidden>{month ? formatMonthOfYear(Number(period.slice(5, 7))) : formatPeriod(period, { capital: true })}</span>
                      <VisuallyHidden>
                        {formatPeriod(period)}
                        {locked ? `, ${t('grid.published')}` : ''}
                      </VisuallyHidden>
                    </Group>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <GridRowView
                key={row.id}
                row={row}
                index={r}
                columns={columns}
                activeCol={r === rowIndex ? col : -1}
                editing={editing?.rowId === row.id ? editing : null}
                saving={pendingOf(row, saves.pending)}
                expandable={expandable.has(row.id)}
                expanded={expanded.has(row.id)}
                editor={editor}
                gridId={gridId}
                allRows={grid.rows}
                actions={actions}
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
            setDialog(null);
            focusActive();
          }}
          onConfirm={(choice, reason) => {
            const changes = dialog.changes;
            setDialog(null);
            save(changes, choice, reason);
            focusActive();
          }}
        />
      )}
      {conflict && (
        <ConflictDialog
          key={writeKey(conflict)}
          write={conflict}
          row={conflictRow}
          remaining={conflicts.length - 1}
          onReload={() => {
            setConflicts((current) => current.slice(1));
            setMessage({ tone: 'info', text: t('grid.messages.reloaded') });
            focusActive();
          }}
          onOverwrite={(version) => {
            setConflicts((current) => current.slice(1));
            void saves.run([{ ...conflict, expectedVersion: version }]).then(report);
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

const stickyTop = {
  position: 'sticky' as const,
  top: 0,
  zIndex: 2,
  background: 'var(--mantine-color-gray-0)',
  padding: '6px 8px',
  borderBottom: '1px solid var(--mantine-color-gray-4)',
  fontWeight: 600,
  whiteSpace: 'nowrap' as const,
};

/** The grid's actions, stable for the life of the grid (they call its latest handlers). */
type RowActions = {
  activate: (rowId: string, col: number) => void;
  toggle: (rowId: string) => void;
  startEdit: (rowId: string, period: string) => void;
  editText: (text: string) => void;
  commit: (move: { dr: number; dc: number } | null) => void;
  cancel: () => void;
};

/** The periods of a row being saved, as one text (so an unchanged row compares equal). */
function pendingOf(row: GridRow, pending: ReadonlySet<string>): string {
  if (!pending.size) return '';
  const prefix = `${row.indicator}|${row.category ?? ''}|${row.base}|`;
  return [...pending]
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length))
    .join(' ');
}

/** The id of a cell's element: row index and column (0 = the row header). */
function cellDomId(gridId: string, row: number, col: number): string {
  return `${gridId}-${row}-${col}`;
}

type GridRowViewProps = {
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
const GridRowView = memo(function GridRowView({
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

type GridCellViewProps = {
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
  onCommit: (move: { dr: number; dc: number } | null) => void;
  onCancel: () => void;
};

/** One cell: the value, a status mark, the lock of a published month and a warning sign (each also in words for screen readers). */
function GridCellView({ id, testId, row, cell, active, editing, saving, readOnly, label, warnings, lockedLabel, ...on }: GridCellViewProps) {
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

/** Props of {@link CellDetails}. */
type CellDetailsProps = {
  row: GridRow | undefined;
  cell: GridCell | null;
  editable: boolean;
  statusOnSave: FigureStatus | null;
  onEdit: () => void;
  onHistory: () => void;
  warningText: (w: GridCell['warnings'][number]) => string;
};

/** What the active cell holds, in full: value, status, version, source, reason and warnings, with its edit and history buttons. */
function CellDetails({ row, cell, editable, statusOnSave, onEdit, onHistory, warningText }: CellDetailsProps) {
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
