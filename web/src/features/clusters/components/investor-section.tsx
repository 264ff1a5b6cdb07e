import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useWithdrawInvestor } from '../api/registry';
import type { ClusterPage } from '../api/types';
import { SCORE_GROUPS, type ClusterPageWithSelection, type InvestorSelectionFact } from '../api/investor-selection';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';
import { formatSharePercent, formatTrimmed, GROUP_WEIGHTS, MIN_EQUITY_PERCENT } from '../lib/investor-selection';
import { ExpansionEligibility } from './expansion-eligibility';
import { InvestorForm } from './investor-form';
import { Facts } from './facts';

/**
 * The infrastructure investor in force (with the council's group scores and the owner's equity share), its history,
 * (for editors) the forms to set it or record its withdrawal, and whether the cluster may expand.
 */
export function InvestorSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  const current = cluster.investor.current as InvestorSelectionFact | null;
  const groups = current?.groupScores ?? null;
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
            {
              key: 'groups',
              label: t('selection.groupsShort'),
              value: groups ? SCORE_GROUPS.map((g) => `${formatTrimmed(groups[g], 2)}/${GROUP_WEIGHTS[g]}`).join(' · ') : t('selection.scoreOnly'),
            },
            { key: 'basis', label: t('investor.basis'), value: current.basis ?? '—' },
            { key: 'approved', label: t('investor.approved'), value: billions(current.totalInvestment) },
            { key: 'disbursed', label: t('investor.disbursed'), value: billions(current.disbursedInvestment) },
            {
              key: 'equity',
              label: t('selection.equityRatio', { minimum: formatSharePercent(MIN_EQUITY_PERCENT) }),
              value:
                current.ownerEquity === null || current.ownerEquity === undefined ? (
                  '—'
                ) : (
                  <Group gap="xs">
                    {`${billions(current.ownerEquity)} = ${formatSharePercent(current.equityPercent ?? null)}`}
                    {current.equityMet !== null && current.equityMet !== undefined && (
                      <Badge size="sm" variant="light" color={current.equityMet ? 'green' : 'red'}>
                        {current.equityMet ? t('selection.equityMet') : t('selection.equityNotMet')}
                      </Badge>
                    )}
                  </Group>
                ),
            },
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
      <ExpansionEligibility expansion={(cluster as ClusterPageWithSelection).expansion} />
    </Stack>
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
