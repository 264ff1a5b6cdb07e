import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link SortableTh}. */
export type SortableThProps = {
  children: ReactNode;
  /** This column's sort, or null when the table is sorted by another. */
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
  /** What a screen reader hears on the button ("Sort by growth"). */
  label: string;
  align?: 'left' | 'right';
  testId?: string;
};

/** A column header that sorts its table: a real button (Enter, Space), `aria-sort` on the header, an arrow that shows the order. */
export function SortableTh({ children, direction, onSort, label, align = 'left', testId }: SortableThProps) {
  const arrow = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  return (
    <Table.Th scope="col" ta={align} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton onClick={onSort} fw={700} fz="sm" aria-label={label} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {children}{' '}
        <span aria-hidden style={{ opacity: direction ? 1 : 0.35 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
