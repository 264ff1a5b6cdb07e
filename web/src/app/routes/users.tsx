import { Button, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useProvinces } from '../../features/places/api/get-provinces';
import type { User } from '../../features/users/api/get-users';
import { useUsers } from '../../features/users/api/get-users';
import { UserForm } from '../../features/users/components/user-form';
import { UsersTable } from '../../features/users/components/users-table';
import { useMe } from '../../lib/me';
import { formatNumber } from '../../lib/format';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

/** The accounts page (admin): list, add an account, change role, provinces, active and password. */
export function UsersRoute() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const users = useUsers();
  const provinces = useProvinces(undefined, me.modules.includes('places'));
  const [editing, setEditing] = useState<Editing>(null);

  const nameByCode = useMemo(
    () => new Map((provinces.data?.items ?? []).map((p) => [p.code, i18n.language === 'en' ? p.nameEn : p.name])),
    [provinces.data, i18n.language],
  );
  const provinceOptions = useMemo(() => [...nameByCode].map(([code, name]) => ({ value: code, label: `${code} · ${name}` })), [nameByCode]);
  const scopeLabel = (scope: string[]) =>
    scope.includes('*') ? t('scope.all') : scope.length ? scope.map((code) => nameByCode.get(code) ?? code).join(', ') : t('scope.none');
  const close = () => setEditing(null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('users.title')}
        actions={
          <Button onClick={() => setEditing({ mode: 'create' })} data-testid="user-new">
            {t('users.new')}
          </Button>
        }
      />
      {users.isPending && <Loading />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('users.total', { total: formatNumber(users.data.total) })}
          </Text>
          {users.data.items.length ? (
            <UsersTable items={users.data.items} scopeLabel={scopeLabel} onEdit={(user) => setEditing({ mode: 'edit', user })} />
          ) : (
            <Text c="dimmed">{t('users.empty')}</Text>
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing?.mode === 'edit' ? t('users.editTitle', { username: editing.user.username }) : t('users.createTitle')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
        size="lg"
      >
        {editing && (
          <UserForm
            key={editing.mode === 'edit' ? editing.user.id : 'new'}
            user={editing.mode === 'edit' ? editing.user : undefined}
            provinceOptions={provinceOptions}
            onDone={close}
            onCancel={close}
          />
        )}
      </Modal>
    </Stack>
  );
}
