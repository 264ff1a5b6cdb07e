import { Alert, Button, Group, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError, describeFieldErrors } from '../../../lib/errors';
import { formatDate, formatNumber, formatPercent, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useSubmitReporterForm, type FormSubject } from '../api/reporting';
import type { FormItem, Items, ReporterForm } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { occupancyOf } from '../lib/occupancy';
import { DueBadge } from './badges';
import { NumField } from './num-field';
import { VersionsTable } from './versions-table';

const COUNT_UNITS = new Set(['Cụm', 'Dự án', 'Người']);
const isCount = (item: FormItem) => COUNT_UNITS.has(item.unit.vi);

/** Props of {@link ReportForm}. */
export type ReportFormProps = { province: string; subject: FormSubject; form: ReporterForm; canSubmit: boolean };

/**
 * Biểu 01 (an enterprise) or Biểu 02 (a cluster's investor) of a round: prefilled from this round's latest version,
 * else the last round and the registry; computed items (occupancy) follow the others; submitting appends a version
 * (a correction), marked late after the deadline. The versions sent so far are listed below.
 */
export function ReportForm({ province, subject, form, canSubmit }: ReportFormProps) {
  const { t } = useClustersTranslation();
  const language = currentLanguage();
  const submit = useSubmitReporterForm(province, form.round.period, subject);
  const [values, setValues] = useState<Record<string, number | string>>(() => ({ ...form.prefill.items }));
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const fields = describeFieldErrors(submit.error);
  const entered = form.items.filter((i) => !i.computed);
  const num = (code: string) => (typeof values[code] === 'number' ? (values[code] as number) : null);
  const computed = (item: FormItem) => (form.form === '02' && item.code === '5' ? occupancyOf(num('4'), num('3')) : null);

  const send = (event: FormEvent) => {
    event.preventDefault();
    const empty = entered.filter((i) => num(i.code) === null).map((i) => i.code);
    setMissing(empty);
    if (empty.length) return;
    const items: Items = Object.fromEntries(entered.map((i) => [i.code, num(i.code)!]));
    submit.mutate({ items, note: note.trim() || null });
  };

  const prefillNote =
    form.prefill.source === 'this_round'
      ? t('report.prefillThis', { version: formatNumber(form.latest?.version ?? 1) })
      : form.prefill.source === 'last_round'
        ? t('report.prefillLast', { period: formatPeriod(form.prefill.period ?? '') })
        : form.prefill.lastPeriod
          ? t('report.prefillRegistryAndLast', { period: formatPeriod(form.prefill.lastPeriod) })
          : t('report.prefillRegistry');

  return (
    <Stack gap="md" data-testid={`report-form-${form.form}`}>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {language === 'en' ? form.name.en : form.name.vi}
        </Title>
        <Group gap="sm" wrap="wrap">
          <Text size="sm">{t('reports.round', { period: formatPeriod(form.round.period) })}</Text>
          <DueBadge status={form.status} testId="report-status" />
          <Text size="sm" c="dimmed">
            {t('report.deadline', { date: formatDate(form.deadline), cutOff: formatDate(form.round.cutOff) })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" data-testid="report-prefill" data-source={form.prefill.source}>
          {prefillNote}
        </Text>
      </Stack>
      <form onSubmit={send} noValidate aria-label={language === 'en' ? form.name.en : form.name.vi}>
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={48}>
                    {t('form.code')}
                  </Table.Th>
                  <Table.Th scope="col">{t('form.item')}</Table.Th>
                  <Table.Th scope="col">{t('form.unit')}</Table.Th>
                  <Table.Th scope="col" w={220}>
                    {t('form.value')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.items.map((item) => {
                  const name = language === 'en' ? item.en : item.vi;
                  const id = `item-${form.form}-${item.code.replace('.', '-')}`;
                  const error = missing.includes(item.code) ? t('validation.required') : fields[`items.${item.code}`] ? t('report.itemInvalid') : undefined;
                  return (
                    <Table.Tr key={item.code}>
                      <Table.Td>{item.code}</Table.Td>
                      <Table.Th scope="row" fw={400}>
                        <label htmlFor={id}>{name}</label>
                      </Table.Th>
                      <Table.Td>{language === 'en' ? item.unit.en : item.unit.vi}</Table.Td>
                      <Table.Td>
                        {item.computed ? (
                          <Text id={id} size="sm" ff="monospace" data-testid={`report-item-${item.code}`}>
                            {formatPercent(computed(item))}{' '}
                            <Text span size="xs" c="dimmed">
                              ({t('report.computed')})
                            </Text>
                          </Text>
                        ) : item.flag ? (
                          <NativeSelect
                            id={id}
                            data={[
                              { value: '', label: '—' },
                              { value: '1', label: t('common.yes') },
                              { value: '0', label: t('common.no') },
                            ]}
                            value={typeof values[item.code] === 'number' ? String(values[item.code]) : ''}
                            onChange={(e) => setValues((v) => ({ ...v, [item.code]: e.currentTarget.value === '' ? '' : Number(e.currentTarget.value) }))}
                            error={error}
                            disabled={!canSubmit}
                            data-testid={`report-item-${item.code}`}
                          />
                        ) : (
                          <NumField
                            id={id}
                            value={values[item.code] ?? ''}
                            onChange={(value) => setValues((v) => ({ ...v, [item.code]: value }))}
                            min={0}
                            decimalScale={isCount(item) ? 0 : 4}
                            allowDecimal={!isCount(item)}
                            error={error}
                            disabled={!canSubmit}
                            data-testid={`report-item-${item.code}`}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {canSubmit && (
            <>
              <Textarea
                label={t('report.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={2000}
                autosize
                minRows={2}
                data-testid="report-note"
              />
              {missing.length > 0 && (
                <Alert color="red" variant="light" role="alert">
                  {t('report.missing', { list: missing.join(', ') })}
                </Alert>
              )}
              {submit.isError && (
                <Alert color="red" variant="light" role="alert" data-testid="report-error">
                  {describeError(submit.error)}
                </Alert>
              )}
              {submit.isSuccess && (
                <Alert
                  color={submit.data.late ? 'orange' : 'green'}
                  variant="light"
                  role="status"
                  data-testid="report-submitted"
                  data-version={submit.data.version}
                >
                  {t('report.submittedOk', { version: formatNumber(submit.data.version) })}
                  {submit.data.late && ` ${t('report.submittedLate')}`}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={submit.isPending} data-testid="report-submit">
                  {form.versions.length ? t('report.submitCorrection') : t('report.submit')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
      <section aria-labelledby="report-versions">
        <Title order={3} size="h5" id="report-versions" mb={4}>
          {t('versions.title')}
        </Title>
        <VersionsTable versions={form.versions} testId="report-versions" />
      </section>
    </Stack>
  );
}
