import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/get-users';

/** Props of {@link UsersTable}. */
export type UsersTableProps = { items: User[]; scopeLabel: (scope: string[]) => string; onEdit: (user: User) => void };

/** The accounts with role, provinces and status; each row has its "edit" button. */
export function UsersTable({ items, scopeLabel, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.username')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.scope')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.language')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((user) => (
            <Table.Tr key={user.id} data-username={user.username}>
              <Table.Th scope="row">
                <Text size="sm" ff="monospace">
                  {user.username}
                </Text>
              </Table.Th>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>{scopeLabel(user.scope)}</Table.Td>
              <Table.Td>
                <Badge color={user.active ? 'green' : 'gray'} variant="light" tt="none" style={{ overflow: 'visible' }}>
                  {user.active ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`language.names.${user.language}`)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onEdit(user)}
                  aria-label={t('users.editLabel', { username: user.username })}
                  data-testid={`user-edit-${user.username}`}
                >
                  {t('users.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
