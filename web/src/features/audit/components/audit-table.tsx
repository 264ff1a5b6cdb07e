import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { AuditEntry } from '../api/get-audit';
import { AuditChanges } from './audit-changes';

/** The audit entries, newest first as the server sends them, each with its field-by-field change. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const actionLabel = (action: string) => (i18n.exists(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action);
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('audit.columns.at')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('audit.columns.user')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('audit.columns.entity')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('audit.columns.entityId')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('audit.columns.action')}
            </Table.Th>
            <Table.Th scope="col">{t('audit.columns.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
              <Table.Td>{entry.username}</Table.Td>
              <Table.Td>{entry.entity}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {entry.entityId}
                </Text>
              </Table.Td>
              <Table.Td>{actionLabel(entry.action)}</Table.Td>
              <Table.Td>
                <AuditChanges entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
