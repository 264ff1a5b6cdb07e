import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { SortableTh } from '../../../components/ui/sortable-th';
import { moveBetweenRows, rowActionAttribute } from '../../../components/ui/table-keys';
import { formatChange, formatNumber, formatPercent } from '../../../lib/format';
import type { FigureStatus } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { sortRows, type SortDirection } from '../lib/sort';
import { StatusBadge } from './badges';
import { Num } from './num';

/** One province in a ranking or comparison. */
export type ProvinceRow = {
  orgunit: string;
  name: string;
  rank: number | null;
  value: number | null;
  yoyPercent: number | null;
  planPercent: number | null;
  status: FigureStatus | null;
  mergedFrom: string[] | null;
};

type Column = 'rank' | 'name' | 'value' | 'yoyPercent' | 'planPercent';

const firstDirection: Record<Column, SortDirection> = { rank: 'asc', name: 'asc', value: 'desc', yoyPercent: 'desc', planPercent: 'desc' };

/** Props of {@link ProvinceTable}. */
export type ProvinceTableProps = {
  rows: ProvinceRow[];
  /** Decimals and unit of the indicator's values. */
  decimals: number;
  unit: string;
  /** What the rank follows (shown in the rank column's header). */
  rankLabel: string;
  /** Opens the history of a province's figure. */
  onOpen: (row: ProvinceRow) => void;
  testId?: string;
};

/**
 * Provinces with rank, value, growth on the same period last year, percent of plan and status; every column sorts
 * (missing values last), the province name opens the figure's history, and ↑/↓ move from row to row.
 */
export function ProvinceTable({ rows, decimals, unit, rankLabel, onOpen, testId }: ProvinceTableProps) {
  const { t } = useIndicatorsTranslation();
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection }>({ column: 'rank', direction: 'asc' });
  const sorted = sortRows(rows, (row) => row[sort.column], sort.direction);
  const toggle = (column: Column) =>
    setSort((current) =>
      current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: firstDirection[column] },
    );
  const header = (column: Column, text: string, align: 'left' | 'right' = 'right') => (
    <SortableTh
      direction={sort.column === column ? sort.direction : null}
      onSort={() => toggle(column)}
      label={t('table.sortBy', { column: text })}
      align={align}
      testId={`sort-${column}`}
    >
      {text}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped highlightOnHover data-testid={testId}>
        <Table.Caption>{t('table.caption', { unit })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('rank', rankLabel, 'left')}
            {header('name', t('table.province'), 'left')}
            {header('value', t('table.value', { unit }))}
            {header('yoyPercent', t('table.yoy'))}
            {header('planPercent', t('table.planPercent'))}
            <Table.Th scope="col">{t('table.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={moveBetweenRows}>
          {sorted.map((row) => (
            <Table.Tr key={row.orgunit} data-orgunit={row.orgunit} onClick={() => onOpen(row)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Num text={formatNumber(row.rank)} />
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component="button"
                  type="button"
                  fz="sm"
                  fw={500}
                  {...{ [rowActionAttribute]: '' }}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(row);
                  }}
                  aria-label={t('table.openHistory', { name: row.name })}
                >
                  {row.name}
                </Anchor>
                {row.mergedFrom && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t('table.merged')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="right" ff="monospace">
                <Num text={formatNumber(row.value, { decimals })} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                <Num text={formatChange(row.yoyPercent)} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                <Num text={formatPercent(row.planPercent, 1)} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
