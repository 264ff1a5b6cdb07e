import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useSetInvestor, useWithdrawInvestor } from '../api/registry';
import type { ClusterPage } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';
import { EnterprisePicker } from './enterprise-picker';
import { Facts } from './facts';
import { NumField, numOrNull } from './num-field';

/** The selection council's pass mark (Decree 32/2024), as the server applies it. */
const PASS_MARK = 50;

/** The infrastructure investor in force, its history, and (for editors) the forms to set it or record its withdrawal. */
export function InvestorSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  const current = cluster.investor.current;
  const billions = (v: number | null) => t('common.billions', { value: formatNumber(v, { decimals: 1 }) });
  return (
    <Stack gap="md">
      {current ? (
        <Facts
          testId="investor"
          items={[
            { key: 'name', label: t('investor.enterprise'), value: `${current.name ?? '—'} (${current.taxCode})` },
            {
              key: 'score',
              label: t('investor.score'),
              value: (
                <Group gap="xs">
                  {formatNumber(current.selectionScore, { decimals: 1 })}
                  {current.passed !== null && (
                    <Badge size="sm" variant="light" color={current.passed ? 'green' : 'red'}>
                      {current.passed ? t('investor.passed') : t('investor.failed')}
                    </Badge>
                  )}
                </Group>
              ),
            },
            { key: 'basis', label: t('investor.basis'), value: current.basis ?? '—' },
            { key: 'approved', label: t('investor.approved'), value: billions(current.totalInvestment) },
            { key: 'disbursed', label: t('investor.disbursed'), value: billions(current.disbursedInvestment) },
          ]}
        />
      ) : (
        <Text c="dimmed" data-testid="investor-none">
          {t('investor.none')}
        </Text>
      )}
      {cluster.investor.history.length > 1 && (
        <details>
          <summary>{t('investor.history')}</summary>
          <Table.ScrollContainer minWidth={640}>
            <Table mt="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('investor.recordedAt')}</Table.Th>
                  <Table.Th scope="col">{t('investor.enterprise')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('investor.score')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('investor.approved')}
                  </Table.Th>
                  <Table.Th scope="col">{t('investor.basis')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...cluster.investor.history].reverse().map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>{formatDateTime(f.recordedAt)}</Table.Td>
                    <Table.Td>{f.withdrawn ? t('investor.withdrawn') : `${f.name ?? '—'} (${f.taxCode})`}</Table.Td>
                    <Table.Td ta="right">{formatNumber(f.selectionScore, { decimals: 1 })}</Table.Td>
                    <Table.Td ta="right">{formatNumber(f.totalInvestment, { decimals: 1 })}</Table.Td>
                    <Table.Td>{f.basis ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </details>
      )}
      {canEdit && <InvestorForm cluster={cluster} />}
      {canEdit && current && <WithdrawForm cluster={cluster} />}
    </Stack>
  );
}

function InvestorForm({ cluster }: { cluster: ClusterPage }) {
  const { t } = useClustersTranslation();
  const current = cluster.investor.current;
  const save = useSetInvestor(cluster.provinceCode, cluster.id);
  const [taxCode, setTaxCode] = useState(current?.taxCode ?? '');
  const [score, setScore] = useState<number | string>(current?.selectionScore ?? '');
  const [total, setTotal] = useState<number | string>(current?.totalInvestment ?? '');
  const [disbursed, setDisbursed] = useState<number | string>(current?.disbursedInvestment ?? '');
  const [basis, setBasis] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fields = describeFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const s = numOrNull(score);
    const a = numOrNull(total);
    const d = numOrNull(disbursed);
    if (!taxCode || s === null || a === null || d === null) return setProblem(t('validation.required'));
    if (s < PASS_MARK) return setProblem(t('errorsx.belowPassMark'));
    if (d > a) return setProblem(t('investor.disbursedOverApproved'));
    setProblem(null);
    save.mutate({ taxCode, selectionScore: s, totalInvestment: a, disbursedInvestment: d, basis: basis.trim() || null });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="investor-form-title" data-testid="investor-form">
      <Stack gap="sm" maw={640}>
        <Title order={3} size="h5" id="investor-form-title">
          {current ? t('investor.changeTitle') : t('investor.setTitle')}
        </Title>
        <EnterprisePicker
          province={cluster.provinceCode}
          label={t('investor.taxCode')}
          value={taxCode}
          onChange={(v) => setTaxCode(v)}
          error={fields['taxCode']}
          testId="investor-tax-code"
        />
        <Group grow align="flex-start">
          <NumField
            label={t('investor.scoreField', { mark: formatNumber(PASS_MARK) })}
            value={score}
            onChange={setScore}
            min={0}
            max={100}
            decimalScale={2}
            required
            data-testid="investor-score"
          />
          <NumField label={t('investor.approvedField')} value={total} onChange={setTotal} min={0} decimalScale={3} required data-testid="investor-total" />
          <NumField
            label={t('investor.disbursedField')}
            value={disbursed}
            onChange={setDisbursed}
            min={0}
            decimalScale={3}
            required
            error={fields['disbursedInvestment']}
            data-testid="investor-disbursed"
          />
        </Group>
        <TextInput label={t('investor.basisField')} value={basis} onChange={(e) => setBasis(e.currentTarget.value)} maxLength={2000} />
        {(problem || save.isError) && (
          <Alert color="red" variant="light" role="alert">
            {problem ?? describeClusterError(save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="investor-save">
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WithdrawForm({ cluster }: { cluster: ClusterPage }) {
  const { t } = useClustersTranslation();
  const withdraw = useWithdrawInvestor(cluster.provinceCode, cluster.id);
  const [basis, setBasis] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!basis.trim()) return setMissing(true);
    setMissing(false);
    withdraw.mutate(basis.trim());
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="withdraw-title" data-testid="withdraw-form">
      <Stack gap="sm" maw={640}>
        <Title order={3} size="h5" id="withdraw-title">
          {t('investor.withdrawTitle')}
        </Title>
        <TextInput
          label={t('investor.withdrawBasis')}
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          required
          error={missing ? t('validation.required') : undefined}
          data-testid="withdraw-basis"
        />
        {withdraw.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeClusterError(withdraw.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" color="red" variant="light" loading={withdraw.isPending} data-testid="withdraw-submit">
            {t('investor.withdraw')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
