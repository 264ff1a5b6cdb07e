import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../lib/errors';
import { formatPeriod } from '../../../lib/format';
import { useCreateRound } from '../api/reporting';
import { useClustersTranslation } from '../i18n';

/** Opens a reporting round: YYYY-H1 (half year) or YYYY (year); the server sets the cut-off and deadlines. */
export function CreateRoundForm({ province, onCreated }: { province: string; onCreated: (period: string) => void }) {
  const { t } = useClustersTranslation();
  const create = useCreateRound(province);
  const [period, setPeriod] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = period.trim().toUpperCase();
    if (!/^\d{4}(-H1)?$/.test(value)) return setInvalid(true);
    setInvalid(false);
    create.mutate(value, { onSuccess: (round) => onCreated(round.period) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('rounds.create')} data-testid="create-round">
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label={t('rounds.newPeriod')}
          description={period.trim() && /^\d{4}(-H1)?$/i.test(period.trim()) ? formatPeriod(period.trim().toUpperCase()) : t('rounds.periodHint')}
          placeholder="2027-H1"
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          error={invalid ? t('rounds.periodInvalid') : undefined}
          w={220}
          data-testid="create-round-period"
        />
        <Button type="submit" mt={24} loading={create.isPending} variant="light" data-testid="create-round-submit">
          {t('rounds.create')}
        </Button>
      </Group>
      {create.isError && (
        <Alert color="red" variant="light" role="alert" mt="xs">
          {describeError(create.error)}
        </Alert>
      )}
    </form>
  );
}
