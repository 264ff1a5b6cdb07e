import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import type { ClusterPage } from '../api/types';
import { SCORE_GROUPS, useSetInvestorSelection, type InvestorSelectionFact, type ScoreGroup } from '../api/investor-selection';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';
import {
  equityMet,
  equityPercent,
  formatSharePercent,
  formatTrimmed,
  GROUP_WEIGHTS,
  MIN_EQUITY_PERCENT,
  PASS_MARK,
  selectionFieldErrors,
  selectionMessages,
  totalScore,
} from '../lib/investor-selection';
import { EnterprisePicker } from './enterprise-picker';
import { NumField, numOrNull } from './num-field';

type Groups = Record<ScoreGroup, number | string>;

/** The form: the council's four group scores (total computed live), equity and investment (share computed live), disbursement. */
export function InvestorForm({ cluster }: { cluster: ClusterPage }) {
  const { t } = useClustersTranslation();
  const current = cluster.investor.current as InvestorSelectionFact | null;
  const save = useSetInvestorSelection(cluster.provinceCode, cluster.id);
  const [taxCode, setTaxCode] = useState(current?.taxCode ?? '');
  const [groups, setGroups] = useState<Groups>(() => ({
    group1: current?.groupScores?.group1 ?? '',
    group2: current?.groupScores?.group2 ?? '',
    group3: current?.groupScores?.group3 ?? '',
    group4: current?.groupScores?.group4 ?? '',
  }));
  const [equity, setEquity] = useState<number | string>(current?.ownerEquity ?? '');
  const [total, setTotal] = useState<number | string>(current?.totalInvestment ?? '');
  const [disbursed, setDisbursed] = useState<number | string>(current?.disbursedInvestment ?? '');
  const [basis, setBasis] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const groupValues = Object.fromEntries(SCORE_GROUPS.map((g) => [g, numOrNull(groups[g])])) as Record<ScoreGroup, number | null>;
  const given = Object.fromEntries(SCORE_GROUPS.flatMap((g) => (groupValues[g] === null ? [] : [[g, groupValues[g]]]))) as Partial<Record<ScoreGroup, number>>;
  const score = totalScore(groupValues);
  const e = numOrNull(equity);
  const a = numOrNull(total);
  const share = equityPercent(e, a);
  // After a first attempt, the form's own checks follow the values as they are typed (same messages as the server's).
  const checked = attempted ? selectionMessages(given, e, a) : {};
  const fields = { ...describeFieldErrors(save.error), ...selectionFieldErrors(save.error), ...checked };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const d = numOrNull(disbursed);
    setAttempted(true);
    if (!taxCode || score === null || e === null || a === null || d === null) return setProblem(t('validation.required'));
    if (Object.keys(selectionMessages(given, e, a)).length) return setProblem(null);
    if (d > a) return setProblem(t('investor.disbursedOverApproved'));
    setProblem(null);
    save.mutate({
      taxCode,
      groupScores: given as Record<ScoreGroup, number>,
      ownerEquity: e,
      totalInvestment: a,
      disbursedInvestment: d,
      basis: basis.trim() || null,
    });
  };
  const serverFieldsShown = Object.keys(selectionFieldErrors(save.error)).length > 0;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="investor-form-title" data-testid="investor-form">
      <Stack gap="sm" maw={720}>
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
        <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-describedby="investor-total-score">
          <Text component="legend" size="sm" fw={500} mb={4}>
            {t('selection.groups')}
          </Text>
          <Group grow align="flex-start">
            {SCORE_GROUPS.map((g) => (
              <NumField
                key={g}
                label={t(`selection.${g}`, { weight: formatNumber(GROUP_WEIGHTS[g]) })}
                value={groups[g]}
                onChange={(v) => setGroups((prev) => ({ ...prev, [g]: v }))}
                min={0}
                max={GROUP_WEIGHTS[g]}
                decimalScale={2}
                required
                error={fields[`groupScores.${g}`]}
                data-testid={`investor-${g}`}
              />
            ))}
          </Group>
        </fieldset>
        <Text
          size="sm"
          id="investor-total-score"
          aria-live="polite"
          c={fields['groupScores'] ? 'red' : undefined}
          data-testid="investor-score-total"
          data-total={score ?? ''}
        >
          {t('selection.total', { mark: formatNumber(PASS_MARK) })}:{' '}
          {score === null ? (
            t('selection.totalPending')
          ) : (
            <strong>
              {formatTrimmed(score, 2)} {score >= PASS_MARK ? `(${t('investor.passed')})` : `(${t('investor.failed')})`}
            </strong>
          )}
        </Text>
        {fields['groupScores'] && (
          <Text size="sm" c="red" role="alert" data-testid="investor-score-error">
            {fields['groupScores']}
          </Text>
        )}
        <Group grow align="flex-start">
          <NumField label={t('selection.investment')} value={total} onChange={setTotal} min={0} decimalScale={3} required data-testid="investor-total" />
          <NumField
            label={t('selection.equity')}
            value={equity}
            onChange={setEquity}
            min={0}
            decimalScale={3}
            required
            error={fields['ownerEquity']}
            aria-describedby="investor-equity-ratio"
            data-testid="investor-equity"
          />
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
        <Text size="sm" id="investor-equity-ratio" aria-live="polite" data-testid="investor-equity-ratio">
          {t('selection.equityRatio', { minimum: formatSharePercent(MIN_EQUITY_PERCENT) })}: <strong>{formatSharePercent(share)}</strong>
          {e !== null && a !== null && a > 0 && ` (${equityMet(e, a) ? t('selection.equityMet') : t('selection.equityNotMet')})`}
        </Text>
        <TextInput label={t('investor.basisField')} value={basis} onChange={(ev) => setBasis(ev.currentTarget.value)} maxLength={2000} />
        {(problem || (save.isError && !serverFieldsShown)) && (
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
