import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError, describeFieldErrors } from '../../../lib/errors';
import { formatDateTime, formatPeriod } from '../../../lib/format';
import { useChangePublication, usePublications } from '../api/publications';
import { useFiguresIoTranslation } from '../io-i18n';
import { LockIcon } from './icons';

/** Props of {@link PublicationPanel}. */
export type PublicationPanelProps = {
  orgunit: string;
  year: number;
  /** The twelve months of the year (YYYY-MM). */
  months: string[];
  /** The month offered first: the latest with figures. */
  defaultMonth: string | null;
  /** Directors publish and reopen; everyone else reads. */
  canPublish: boolean;
};

/**
 * Publishing a month locks its figures: an officer can no longer change them and a director must give a reason.
 * A director publishes a month (with an optional note) or reopens it (with a required reason); everyone sees which
 * months are published, by whom and when.
 */
export function PublicationPanel({ orgunit, year, months, defaultMonth, canPublish }: PublicationPanelProps) {
  const { t } = useFiguresIoTranslation();
  const publications = usePublications(orgunit, year);
  const change = useChangePublication();
  const [month, setMonth] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'publish' | 'unpublish' | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const chosen = month && months.includes(month) ? month : (defaultMonth ?? months[0] ?? '');
  const items = publications.data?.items ?? [];
  const isPublished = items.some((p) => p.period === chosen);
  const fieldErrors = describeFieldErrors(change.error);

  const open = (action: 'publish' | 'unpublish') => {
    change.reset();
    setReason('');
    setMissing(false);
    setDialog(action);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dialog) return;
    if (dialog === 'unpublish' && !reason.trim()) {
      setMissing(true);
      return;
    }
    change.mutate({ action: dialog, orgunit, period: chosen, reason }, { onSuccess: () => setDialog(null) });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="publication-title" data-testid="publication-panel">
      <Text id="publication-title" fw={600} size="sm">
        {t('publish.title')}
      </Text>
      <Text size="sm" c="dimmed" data-testid="published-months">
        {items.length
          ? t('publish.list', {
              months: items.map((p) => `${formatPeriod(p.period)} (${[p.publishedBy, formatDateTime(p.publishedAt)].filter(Boolean).join(', ')})`).join('; '),
            })
          : t('publish.none')}
      </Text>
      {canPublish && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NativeSelect
            label={t('publish.month')}
            data={months.map((m) => ({
              value: m,
              label: `${formatPeriod(m, { capital: true })}${items.some((p) => p.period === m) ? ` · ${t('grid.published')}` : ''}`,
            }))}
            value={chosen}
            onChange={(event) => setMonth(event.currentTarget.value)}
            w={260}
            data-testid="publish-month"
          />
          {isPublished ? (
            <Button variant="default" onClick={() => open('unpublish')} data-testid="unpublish-open">
              {t('publish.unpublish')}
            </Button>
          ) : (
            <Button leftSection={<LockIcon />} onClick={() => open('publish')} data-testid="publish-open">
              {t('publish.publish')}
            </Button>
          )}
        </Group>
      )}
      {change.isSuccess && !dialog && (
        <Text size="sm" c="green.8" role="status" data-testid="publish-done">
          {change.data.published ? t('publish.published', { period: formatPeriod(chosen) }) : t('publish.unpublished', { period: formatPeriod(chosen) })}
        </Text>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          <Text fw={700}>
            {dialog === 'unpublish'
              ? t('publish.unpublishTitle', { period: formatPeriod(chosen) })
              : t('publish.publishTitle', { period: formatPeriod(chosen) })}
          </Text>
        }
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <form onSubmit={submit} noValidate data-testid="publish-dialog">
          <Stack gap="sm">
            <Text size="sm">{dialog === 'unpublish' ? t('publish.unpublishIntro') : t('publish.publishIntro')}</Text>
            <Textarea
              label={dialog === 'unpublish' ? t('publish.reason') : t('publish.note')}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setMissing(false);
              }}
              required={dialog === 'unpublish'}
              autosize
              minRows={2}
              maxLength={2000}
              error={missing ? t('grid.reason.required') : fieldErrors['reason']}
              data-autofocus
              data-testid="publish-reason"
            />
            {change.isError && (
              <Alert color="red" variant="light" role="alert">
                {describeError(change.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={change.isPending} color={dialog === 'unpublish' ? 'orange' : undefined} data-testid="publish-confirm">
                {dialog === 'unpublish' ? t('publish.unpublish') : t('publish.publish')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
