import { Group, VisuallyHidden } from '@mantine/core';
import { formatMonthOfYear, formatPeriod } from '../../../lib/format';
import { isMonthPeriod } from '../lib/grid-model';
import { useGridText } from './grid-text';
import { cellWidth, headerWidth } from './grid-shared';
import { LockIcon } from './icons';

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

/** Props of {@link GridHeader}. */
export type GridHeaderProps = {
  columns: string[];
  /** The published months (locked). */
  published: ReadonlySet<string>;
};

/** The grid's column headers, sticky on top: the indicator column, then each period, a published month with its lock. */
export function GridHeader({ columns, published }: GridHeaderProps) {
  const { t } = useGridText();
  return (
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
  );
}
