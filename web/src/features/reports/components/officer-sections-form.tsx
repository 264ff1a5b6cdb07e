import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { ApiError } from '../../../lib/api';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useSaveSections, useSections } from '../api/report';
import { officerKeys, type OfficerSections, type ReportLang, type SectionsResponse } from '../api/types';
import { useReportsTranslation } from '../i18n';

/** Props of {@link OfficerSectionsForm}. */
export type OfficerSectionsFormProps = {
  orgunit: string;
  period: string;
  lang: ReportLang;
  /** Told whether the form holds text not saved yet (a version saved now would not contain it). */
  onDirtyChange?: (dirty: boolean) => void;
};

const pick = (s: OfficerSections): OfficerSections => ({ difficulties: s.difficulties, causes: s.causes, tasks: s.tasks, recommendations: s.recommendations });

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/**
 * The officer's four sections of the month's report (difficulties, causes, tasks and solutions, recommendations) in
 * the report's language, saved together with the version they were read at: when someone else saved in between,
 * the server refuses (409) and the form offers to reload. The texts stay when the figures are regenerated.
 */
export function OfficerSectionsForm({ orgunit, period, lang, onDirtyChange }: OfficerSectionsFormProps) {
  const { t } = useReportsTranslation();
  const sections = useSections({ orgunit, period, lang });
  // Bumped by "reload": the editor starts again from the texts just read.
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await sections.refetch();
    setGeneration((g) => g + 1);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="officer-sections-title" data-testid="officer-sections">
      <Title order={2} size="h4" id="officer-sections-title">
        {t('sections.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('sections.intro')}
      </Text>
      {sections.isPending && <Loading />}
      {sections.isError && <ErrorAlert error={sections.error} onRetry={() => void sections.refetch()} />}
      {sections.data && (
        <SectionsEditor
          key={`${orgunit}|${period}|${lang}|${generation}`}
          initial={sections.data}
          onReload={reload}
          reloading={sections.isFetching}
          onDirtyChange={onDirtyChange}
        />
      )}
    </Stack>
  );
}

function SectionsEditor({
  initial,
  onReload,
  reloading,
  onDirtyChange,
}: {
  initial: SectionsResponse;
  onReload: () => Promise<void>;
  reloading: boolean;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useReportsTranslation();
  const save = useSaveSections();
  const [base, setBase] = useState<SectionsResponse>(initial);
  const [values, setValues] = useState<OfficerSections>(() => pick(initial));
  const dirty = officerKeys.some((key) => values[key] !== base[key]);

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const submit = () => {
    if (save.isPending) return;
    save.mutate(
      { orgunit: base.orgunit, period: base.period, lang: base.lang, ...values, expectedVersion: base.version },
      { onSuccess: (saved) => setBase(saved) },
    );
  };
  // Enter writes a new line in a text area; Ctrl+Enter (⌘+Enter) saves.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="sm">
        {officerKeys.map((key) => (
          <Textarea
            key={key}
            label={t(`sections.${key}`)}
            value={values[key]}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setValues((prev) => ({ ...prev, [key]: text }));
            }}
            onKeyDown={onKeyDown}
            autosize
            minRows={3}
            maxRows={14}
            maxLength={20000}
            data-testid={`section-${key}`}
          />
        ))}
        <Text size="xs" c="dimmed">
          {t('sections.hint')}
        </Text>
        {save.isError && isConflict(save.error) && (
          <Alert color="orange" variant="light" role="alert" title={t('sections.conflictTitle')} data-testid="sections-conflict">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('sections.conflict')}</Text>
              <Button size="xs" variant="white" color="orange" loading={reloading} onClick={() => void onReload()} data-testid="sections-reload">
                {t('sections.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {save.isError && !isConflict(save.error) && <ErrorAlert error={save.error} />}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} role="status" data-testid="sections-status" data-version={base.version} data-dirty={dirty}>
            {dirty
              ? t('sections.unsaved')
              : base.version > 0
                ? t('sections.savedBy', {
                    version: formatNumber(base.version),
                    time: formatDateTime(base.updatedAt),
                    name: base.updatedBy ?? t('sections.someone'),
                  })
                : t('sections.neverSaved')}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={!dirty} data-testid="sections-save">
            {t('sections.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
