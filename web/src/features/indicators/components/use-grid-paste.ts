import type { ClipboardEvent } from 'react';
import { formatNumber, numberSeparators } from '../../../lib/format';
import type { GridRow } from '../api/grid';
import { planPaste, type Editor } from '../lib/grid-model';
import { parseClipboardBlock } from '../lib/parse-number';
import { useGridText } from './grid-text';
import type { GridKeyboard } from './use-grid-keyboard';
import type { GridSave } from './use-grid-save';

/** What {@link useGridPaste} needs: who edits, the rows and columns shown, the cursor, and where a paste goes for confirmation. */
export type GridPasteOptions = {
  editor: Editor;
  rows: GridRow[];
  columns: string[];
  cursor: Pick<GridKeyboard, 'editing' | 'rowIndex' | 'col' | 'activeCell' | 'closeEditor' | 'focusActive'>;
  saves: Pick<GridSave, 'setMessage' | 'setDialog'>;
};

/**
 * The grid's clipboard: a block copied from Excel is pasted at the active cell (or the cell being edited) after the
 * save dialog confirms it, with every cell it cannot save and why; Ctrl+C copies the active cell's value as written.
 */
export function useGridPaste({ editor, rows, columns, cursor, saves }: GridPasteOptions) {
  const { t } = useGridText();
  const { editing, rowIndex, col, activeCell } = cursor;
  const { setMessage, setDialog } = saves;

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
    cursor.closeEditor();
    const { changes, ...plan } = planPaste(block, start, rows, columns, editor, numberSeparators());
    if (!changes.length && !plan.invalid.length && !plan.locked.length) {
      setMessage({ tone: 'info', text: t('grid.messages.nothingToPaste') });
      cursor.focusActive();
      return;
    }
    setDialog({ mode: 'paste', changes, plan });
  };

  const onCopy = (event: ClipboardEvent<HTMLTableElement>) => {
    if (editing || !activeCell) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', activeCell.value === null ? '' : formatNumber(activeCell.value));
  };

  return { onPaste, onCopy };
}
