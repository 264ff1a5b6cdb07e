import { Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import type { Board, DueStatus, FormCode } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { DueBadge, LateBadge } from './badges';

type Filter = 'all' | FormCode;

/** Who has and has not reported: a count per form, then every expected report with its status and deadline. */
export function RoundBoard({ board }: { board: Board }) {
  const { t } = useClustersTranslation();
  const [form, setForm] = useState<Filter>('all');
  const [pendingOnly, setPendingOnly] = useState<'all' | 'pending'>('all');
  const rows = board.items.filter((r) => (form === 'all' || r.form === form) && (pendingOnly === 'all' || r.status === 'due' || r.status === 'overdue'));
  const statuses: DueStatus[] = ['submitted', 'submitted_late', 'due', 'overdue'];
  return (
    <Stack gap="md" data-testid="round-board">
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder fz="sm" data-testid="board-summary" aria-label={t('board.summaryLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('board.form')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('board.expected')}
              </Table.Th>
              {statuses.map((s) => (
                <Table.Th key={s} scope="col" ta="right">
                  {t(`due.${s}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('board.deadline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {board.summary.map((s) => (
              <Table.Tr key={s.form} data-form={s.form}>
                <Table.Th scope="row">{t(`forms.f${s.form}`)}</Table.Th>
                <Table.Td ta="right">{formatNumber(s.expected)}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.submitted)}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.submittedLate)}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.due)}</Table.Td>
                <Table.Td ta="right" c={s.overdue ? 'red' : undefined}>
                  {formatNumber(s.overdue)}
                </Table.Td>
                <Table.Td>{formatDate(board.round.deadlines[s.form])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" wrap="wrap">
        <SegmentedControl
          aria-label={t('board.filterForm')}
          value={form}
          onChange={(v) => setForm(v as Filter)}
          data={[{ value: 'all', label: t('board.allForms') }, ...(['01', '02', '03', '04'] as const).map((f) => ({ value: f, label: t(`forms.short${f}`) }))]}
          data-testid="board-filter-form"
        />
        <SegmentedControl
          aria-label={t('board.filterStatus')}
          value={pendingOnly}
          onChange={(v) => setPendingOnly(v as 'all' | 'pending')}
          data={[
            { value: 'all', label: t('board.everyone') },
            { value: 'pending', label: t('board.notYet') },
          ]}
        />
        <Text size="xs" c="dimmed">
          {t('board.asOf', { date: formatDate(board.asOf) })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped fz="sm" data-testid="board-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('board.form')}</Table.Th>
              <Table.Th scope="col">{t('board.subject')}</Table.Th>
              <Table.Th scope="col">{t('board.detail')}</Table.Th>
              <Table.Th scope="col">{t('board.status')}</Table.Th>
              <Table.Th scope="col">{t('board.lastSubmitted')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('board.versions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.form}-${r.subjectId}`} data-testid={`board-row-${r.form}-${r.subjectId}`} data-status={r.status}>
                <Table.Td>{t(`forms.short${r.form}`)}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {r.name}
                  {r.form === '01' && (
                    <Text size="xs" c="dimmed">
                      {r.subjectId}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{r.detail ?? '—'}</Table.Td>
                <Table.Td>
                  <DueBadge status={r.status} />
                </Table.Td>
                <Table.Td>
                  {formatDateTime(r.lastSubmittedAt)} {r.versions > 1 && r.lastLate && <LateBadge />}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(r.versions)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && <Text c="dimmed">{t('board.nothing')}</Text>}
    </Stack>
  );
}
