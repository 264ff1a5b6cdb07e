import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber, numberSeparators } from '../../../lib/format';
import type { GridCell, GridRow } from '../api/grid';
import { cellOf, statusForSave, type StatusChoice } from '../lib/grid-model';
import { parseNumberText } from '../lib/parse-number';
import { useGridText } from './grid-text';
import { cellDomId, type EditMove, type Editing, type RowActions } from './grid-shared';
import type { GridSave } from './use-grid-save';
import { writeKey } from './use-cell-saves';

type Position = { rowId: string; col: number };

const editStarters = /^[0-9,.\-−+(]$/;

/** What {@link useGridKeyboard} needs: the rows and columns shown, the tree, who may edit, and how to save. */
export type GridKeyboardOptions = {
  rows: GridRow[];
  columns: string[];
  gridId: string;
  expanded: ReadonlySet<string>;
  expandable: ReadonlySet<string>;
  toggle: (row: GridRow, open?: boolean) => void;
  /** Why a cell cannot be edited, in words (null when it can). */
  whyReadOnly: (cell: GridCell) => string | null;
  statusChoice: StatusChoice;
  latest: string | null;
  saves: Pick<GridSave, 'pending' | 'setMessage' | 'setDialog' | 'save'>;
  onHistory: (row: GridRow, period: string) => void;
};

/** What {@link useGridKeyboard} gives the grid. */
export type GridKeyboard = ReturnType<typeof useGridKeyboard>;

/**
 * The grid's keyboard model: the active cell (focus follows it after a move), the cell being edited, and what each key
 * does. Arrows, Home/End (with Ctrl: the corners), Page Up/Down move; on the row header → unfolds, ← folds (or goes to
 * the parent row), Enter or Space toggles; on a cell Enter or F2 edits, a digit starts editing with it, H opens the
 * history. While editing, the cell's input (grid-cell.tsx) calls `commit`: Enter saves and moves down, Tab saves and
 * moves right; Escape calls `cancel`.
 */
export function useGridKeyboard({
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
  onHistory,
}: GridKeyboardOptions) {
  const { t } = useGridText();
  const { setMessage, setDialog, save } = saves;
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
  /** Puts the focus back on the active cell (after a dialog or the editor closes). */
  const focusActive = () => {
    focusPending.current = true;
    setActive((current) => ({ ...current }));
  };

  /** Closes the editor without saving or moving the focus. */
  const closeEditor = () => {
    editingRef.current = null;
    setEditing(null);
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
  const commit = (move: EditMove) => {
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

  /** Opens the history of the active cell. */
  const openHistory = () => {
    if (activeRow && activePeriod) onHistory(activeRow, activePeriod);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
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

  return { rowIndex, col, activeRow, activePeriod, activeCell, editing, closeEditor, startEdit, focusActive, openHistory, onKeyDown, actions };
}
