import { Alert, Button, Group, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../lib/auth';
import { describeError, describeFieldErrors } from '../../../lib/errors';
import type { User } from '../api/get-users';
import { useCreateUser, useUpdateUser } from '../api/save-user';
import { ScopeInput, type ScopeOption } from './scope-input';

/** Props of {@link UserForm}: no `user` creates an account, a `user` edits it. */
export type UserFormProps = { user?: User; provinceOptions: ScopeOption[]; onDone: () => void; onCancel: () => void };

type Draft = { username: string; displayName: string; role: Role; scope: string[]; active: boolean; password: string };

function fieldOf(path: string): string {
  return path.split('.')[0] ?? path;
}

/** Creates an account or edits one (name, role, provinces, active, a new password); server field errors show on their fields. */
export function UserForm({ user, provinceOptions, onDone, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [draft, setDraft] = useState<Draft>({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? 'viewer',
    scope: user?.scope ?? [],
    active: user?.active ?? true,
    password: '',
  });
  const [required, setRequired] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (mutation.isError) mutation.reset(); // the server's complaint was about the old values
  };

  const serverErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(describeFieldErrors(mutation.error))) serverErrors[fieldOf(path)] ??= message;
  const errorOf = (field: string) => required[field] ?? serverErrors[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!user && !draft.username.trim()) missing['username'] = t('validation.required');
    if (!draft.displayName.trim()) missing['displayName'] = t('validation.required');
    if (!user && !draft.password) missing['password'] = t('validation.required');
    setRequired(missing);
    if (Object.keys(missing).length) return;
    const common = { displayName: draft.displayName.trim(), role: draft.role, scope: draft.scope };
    if (user) {
      update.mutate(
        { id: user.id, input: { ...common, active: draft.active, ...(draft.password ? { password: draft.password } : {}) } },
        { onSuccess: onDone },
      );
    } else {
      create.mutate({ ...common, username: draft.username.trim(), password: draft.password }, { onSuccess: onDone });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="user-form">
      <Stack gap="sm">
        <TextInput
          label={t('users.fields.username')}
          value={draft.username}
          onChange={(e) => set('username', e.currentTarget.value)}
          disabled={Boolean(user)}
          required={!user}
          autoComplete="off"
          error={errorOf('username')}
          data-testid="user-username"
          data-autofocus={user ? undefined : true}
        />
        <TextInput
          label={t('users.fields.displayName')}
          value={draft.displayName}
          onChange={(e) => set('displayName', e.currentTarget.value)}
          required
          error={errorOf('displayName')}
          data-testid="user-display-name"
          data-autofocus={user ? true : undefined}
        />
        <Select
          label={t('users.fields.role')}
          data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={draft.role}
          onChange={(value) => value && set('role', value as Role)}
          allowDeselect={false}
          error={errorOf('role')}
          data-testid="user-role"
        />
        <ScopeInput value={draft.scope} onChange={(scope) => set('scope', scope)} options={provinceOptions} error={errorOf('scope')} />
        {user && (
          <Switch label={t('users.fields.active')} checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} data-testid="user-active" />
        )}
        <PasswordInput
          label={user ? t('users.fields.newPassword') : t('users.fields.password')}
          description={user ? t('users.fields.newPasswordHint') : undefined}
          value={draft.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          required={!user}
          autoComplete="new-password"
          error={errorOf('password')}
          data-testid="user-password"
        />
        {mutation.isError && (
          <Alert color="red" variant="light" role="alert" data-testid="user-form-error">
            {describeError(mutation.error)}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} type="button">
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="user-save">
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
