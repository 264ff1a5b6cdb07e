import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logIn, type Me } from '../../../lib/auth';
import { describeError } from '../../../lib/errors';

/** Props of {@link LoginForm}. */
export type LoginFormProps = { onSuccess: (me: Me) => void };

type Failure = { kind: 'missing' } | { kind: 'server'; error: unknown } | null;

/** Username and password; submits on Enter; shows the server's refusal in the user's language. */
export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (!username.trim() || !password) {
      setFailure({ kind: 'missing' });
      return;
    }
    setFailure(null);
    setPending(true);
    try {
      const me = await logIn({ username: username.trim(), password });
      onSuccess(me);
    } catch (error) {
      setFailure({ kind: 'server', error });
      setPending(false);
    }
  };

  const message = failure === null ? null : failure.kind === 'missing' ? t('login.required') : describeError(failure.error);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          aria-describedby={message ? 'login-error' : undefined}
          data-testid="login-username"
        />
        <PasswordInput
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          aria-describedby={message ? 'login-error' : undefined}
          data-testid="login-password"
        />
        <div aria-live="polite">
          {message && (
            <Alert color="red" variant="light" id="login-error" data-testid="login-error">
              {message}
            </Alert>
          )}
        </div>
        <Button type="submit" loading={pending} fullWidth data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
