/** The cell being edited: its row and period, the text typed, the text it started from, and why it was refused (or null). */
export type Editing = { rowId: string; period: string; text: string; initial: string; error: string | null };

/** Where the cursor goes after an edit ends: rows and columns to move by (null: stay). */
export type EditMove = { dr: number; dc: number } | null;

/** The grid's actions, stable for the life of the grid (they call its latest handlers). */
export type RowActions = {
  activate: (rowId: string, col: number) => void;
  toggle: (rowId: string) => void;
  startEdit: (rowId: string, period: string) => void;
  editText: (text: string) => void;
  commit: (move: EditMove) => void;
  cancel: () => void;
};

/** The width of the row header column (sticky on the left), in pixels. */
export const headerWidth = 300;

/** The least width of a value column, in pixels. */
export const cellWidth = 112;

/** The id of a cell's element: row index and column (0 = the row header). */
export function cellDomId(gridId: string, row: number, col: number): string {
  return `${gridId}-${row}-${col}`;
}
