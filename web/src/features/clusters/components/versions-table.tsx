import { Table, Text } from '@mantine/core';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { Submission } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { LateBadge } from './badges';

/** The versions of a form in a round, newest first: who sent it, when, from where, and whether it was late. */
export function VersionsTable({ versions, testId }: { versions: Submission[]; testId?: string }) {
  const { t } = useClustersTranslation();
  if (!versions.length)
    return (
      <Text size="sm" c="dimmed" data-testid={testId ? `${testId}-empty` : undefined}>
        {t('versions.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('versions.version')}</Table.Th>
            <Table.Th scope="col">{t('versions.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('versions.by')}</Table.Th>
            <Table.Th scope="col">{t('versions.source')}</Table.Th>
            <Table.Th scope="col">{t('versions.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions].reverse().map((v) => (
            <Table.Tr key={v.id} data-version={v.version} data-late={v.late}>
              <Table.Th scope="row">
                {v.version === 1 ? t('versions.first') : t('versions.correction', { n: formatNumber(v.version - 1) })} {v.late && <LateBadge />}
              </Table.Th>
              <Table.Td>{formatDateTime(v.submittedAt)}</Table.Td>
              <Table.Td>{v.submittedBy}</Table.Td>
              <Table.Td>{t(`source.${v.source}`)}</Table.Td>
              <Table.Td>{v.note ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
