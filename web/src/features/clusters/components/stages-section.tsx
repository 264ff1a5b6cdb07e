import { Alert, Badge, Button, Group, NativeSelect, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useAppendStage } from '../api/registry';
import { STAGES, type ClusterPage, type Stage, type StageFact } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';

/** The legal stages as a timeline: each with its document number, date and basis (corrections shown), and the form. */
export function StagesSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  const facts = cluster.stages.facts;
  const reached = cluster.stages.latest ? STAGES.indexOf(cluster.stages.latest) : -1;
  const [correcting, setCorrecting] = useState<StageFact | null>(null);
  return (
    <Stack gap="md">
      <Timeline active={reached} bulletSize={20} lineWidth={2} data-testid="stage-timeline">
        {STAGES.map((stage, index) => {
          const ofStage = facts.filter((f) => f.stage === stage);
          return (
            <Timeline.Item key={stage} title={t(`stage.${stage}`)} data-stage={stage} data-reached={index <= reached}>
              {ofStage.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('stages.notYet')}
                </Text>
              ) : (
                ofStage.map((f) => (
                  <Stack key={f.id} gap={2} mb={4} data-testid={`stage-fact-${f.id}`}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" td={f.inForce ? undefined : 'line-through'}>
                        {t('stages.document', { number: f.documentNo, date: formatDate(f.documentDate) })}
                      </Text>
                      {f.correctsId && (
                        <Badge size="xs" variant="light" color="grape">
                          {t('stages.correction')}
                        </Badge>
                      )}
                      {!f.inForce && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('stages.corrected')}
                        </Badge>
                      )}
                      {canEdit && f.inForce && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setCorrecting(f)}
                          aria-label={t('stages.correctLabel', { number: f.documentNo })}
                        >
                          {t('stages.correct')}
                        </Button>
                      )}
                    </Group>
                    {f.basis && (
                      <Text size="xs" c="dimmed">
                        {t('stages.basis')}: {f.basis}
                      </Text>
                    )}
                  </Stack>
                ))
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {canEdit && (
        <StageForm
          key={correcting?.id ?? `next-${reached}`}
          cluster={cluster}
          next={STAGES[reached + 1] ?? null}
          correcting={correcting}
          onDone={() => setCorrecting(null)}
        />
      )}
    </Stack>
  );
}

/** Records the next stage (or a correction of a fact); the server refuses a stage out of order and the page says why. */
function StageForm({ cluster, next, correcting, onDone }: { cluster: ClusterPage; next: Stage | null; correcting: StageFact | null; onDone: () => void }) {
  const { t } = useClustersTranslation();
  const append = useAppendStage(cluster.provinceCode, cluster.id);
  const [stage, setStage] = useState<Stage>(correcting?.stage ?? next ?? 'operating');
  const [documentNo, setDocumentNo] = useState(correcting?.documentNo ?? '');
  const [documentDate, setDocumentDate] = useState(correcting?.documentDate ?? '');
  const [basis, setBasis] = useState('');
  const [missing, setMissing] = useState(false);
  const fields = describeFieldErrors(append.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!documentNo.trim() || !documentDate) {
      setMissing(true);
      return;
    }
    setMissing(false);
    append.mutate(
      { stage, documentNo: documentNo.trim(), documentDate, basis: basis.trim() || null, ...(correcting ? { correctsId: correcting.id } : {}) },
      {
        onSuccess: () => {
          setDocumentNo('');
          setDocumentDate('');
          setBasis('');
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="stage-form-title" data-testid="stage-form">
      <Stack gap="sm" maw={640}>
        <Title order={3} size="h5" id="stage-form-title">
          {correcting ? t('stages.formCorrect', { number: correcting.documentNo }) : t('stages.formTitle')}
        </Title>
        <NativeSelect
          label={t('stages.stage')}
          data={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value as Stage)}
          disabled={correcting !== null}
          data-testid="stage-select"
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('stages.documentNo')}
            placeholder="1234/QĐ-UBND"
            value={documentNo}
            onChange={(e) => setDocumentNo(e.currentTarget.value)}
            required
            maxLength={100}
            error={missing && !documentNo.trim() ? t('validation.required') : fields['documentNo']}
            data-testid="stage-document-no"
          />
          <TextInput
            type="date"
            label={t('stages.documentDate')}
            value={documentDate}
            onChange={(e) => setDocumentDate(e.currentTarget.value)}
            required
            error={missing && !documentDate ? t('validation.required') : fields['documentDate']}
            data-testid="stage-document-date"
          />
        </Group>
        <Textarea
          label={t('stages.basis')}
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          data-testid="stage-basis"
        />
        {append.isError && (
          <Alert color="red" variant="light" role="alert" data-testid="stage-error">
            {describeClusterError(append.error, { stage, documentDate, facts: cluster.stages.facts })}
          </Alert>
        )}
        {append.isSuccess && (
          <Alert color="green" variant="light" role="status" data-testid="stage-saved">
            {t('stages.saved')}
          </Alert>
        )}
        <Group justify="flex-end">
          {correcting && (
            <Button variant="default" onClick={onDone}>
              {t('app.cancel')}
            </Button>
          )}
          <Button type="submit" loading={append.isPending} data-testid="stage-submit">
            {correcting ? t('stages.submitCorrection') : t('stages.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
