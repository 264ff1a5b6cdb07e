import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';

/** Props of {@link ErrorAlert}. */
export type ErrorAlertProps = { error: unknown; onRetry?: () => void; testId?: string };

/** A failed request, told in the user's language, with an optional "try again". */
export function ErrorAlert({ error, onRetry, testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{describeError(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
