import type { KeyboardEvent } from 'react';

/** Marks the one control of a table row that the arrow keys move between (put it on the row's main button). */
export const rowActionAttribute = 'data-row-action';

/**
 * Keyboard handler for a `<tbody>`: ArrowDown/ArrowUp move focus to the next/previous row's main control,
 * Home/End to the first/last, so a long table is read row by row without tabbing through every cell.
 */
export function moveBetweenRows(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const target = event.target as HTMLElement;
  if (!target.hasAttribute(rowActionAttribute)) return;
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${rowActionAttribute}]`)];
  const index = all.indexOf(target);
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : index + (event.key === 'ArrowDown' ? 1 : -1);
  const element = all[Math.max(0, Math.min(all.length - 1, next))];
  if (!element) return;
  event.preventDefault();
  element.focus();
}
