/** Which way a column is sorted. */
export type SortDirection = 'asc' | 'desc';

/**
 * Sorts rows by a numeric or text column; rows without a value ("—") always come last, whichever the direction,
 * and ties keep their order (the server's rank order).
 */
export function sortRows<T>(rows: readonly T[], get: (row: T) => number | string | null | undefined, direction: SortDirection): T[] {
  const factor = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: get(row) }))
    .sort((a, b) => {
      const missingA = a.value === null || a.value === undefined;
      const missingB = b.value === null || b.value === undefined;
      if (missingA || missingB) return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'vi');
      return order === 0 ? a.index - b.index : order * factor;
    })
    .map((entry) => entry.row);
}
