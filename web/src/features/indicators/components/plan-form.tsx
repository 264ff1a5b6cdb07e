import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError, describeFieldErrors } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import { useSavePlan } from '../api/plans';
import type { Indicator } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { isIsoDate } from '../lib/periods';
import { NumberField } from './number-field';

/** Props of {@link PlanForm}. */
export type PlanFormProps = { orgunit: string; year: number; indicators: Indicator[] };

type Mode = 'value' | 'growth';

/**
 * Adds a plan version for a province and year: the plan as a value, or as growth over last year (the server
 * applies it to last year's figure of record), with the resolution or decision it rests on. Earlier versions stay.
 */
export function PlanForm({ orgunit, year, indicators }: PlanFormProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const save = useSavePlan();
  const [indicator, setIndicator] = useState(indicators[0]?.code ?? '');
  const [mode, setMode] = useState<Mode>('value');
  const [amount, setAmount] = useState<number | string>('');
  const [basis, setBasis] = useState('');
  const [basisDate, setBasisDate] = useState('');
  const [missing, setMissing] = useState(false);
  const def = indicators.find((i) => i.code === indicator);
  const unit = indicatorUnit(def, language);
  const fieldErrors = describeFieldErrors(save.error);
  const changed = () => {
    if (save.isError || save.isSuccess) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof amount !== 'number') {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate({
      indicator,
      orgunit,
      year,
      ...(mode === 'value' ? { plan: amount } : { growth: amount }),
      ...(basis.trim() ? { basis: basis.trim() } : {}),
      ...(isIsoDate(basisDate) ? { basisDate } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-form-title" data-testid="plan-form">
      <Stack gap="sm">
        <Title order={2} size="h4" id="plan-form-title">
          {t('plans.form.title', { year: String(year) })}
        </Title>
        <NativeSelect
          label={t('plans.form.indicator')}
          data={indicators.map((i) => ({ value: i.code, label: indicatorName(i, language) }))}
          value={indicator}
          onChange={(event) => {
            setIndicator(event.currentTarget.value);
            changed();
          }}
          data-testid="plan-indicator"
        />
        <div>
          <Text size="sm" fw={500} id="plan-mode-label" mb={4}>
            {t('plans.form.mode')}
          </Text>
          <SegmentedControl
            aria-labelledby="plan-mode-label"
            value={mode}
            onChange={(value) => {
              setMode(value as Mode);
              changed();
            }}
            data={[
              { value: 'value', label: t('plans.form.modes.value') },
              { value: 'growth', label: t('plans.form.modes.growth') },
            ]}
            data-testid="plan-mode"
          />
        </div>
        <NumberField
          label={mode === 'value' ? t('plans.form.value', { unit }) : t('plans.form.growth', { year: String(year - 1) })}
          value={amount}
          onChange={(value) => {
            setAmount(value);
            changed();
          }}
          decimalScale={mode === 'value' ? (def?.decimals ?? 0) + 2 : 2}
          allowNegative={mode === 'growth'}
          required
          error={missing ? t('validation.required') : (fieldErrors['plan'] ?? fieldErrors['growth'])}
          data-testid="plan-amount"
        />
        <TextInput
          label={t('plans.form.basis')}
          placeholder={t('plans.form.basisPlaceholder')}
          value={basis}
          onChange={(event) => {
            setBasis(event.currentTarget.value);
            changed();
          }}
          maxLength={300}
          error={fieldErrors['basis']}
          data-testid="plan-basis"
        />
        <TextInput
          type="date"
          label={t('plans.form.basisDate')}
          value={basisDate}
          onChange={(event) => {
            setBasisDate(event.currentTarget.value);
            changed();
          }}
          error={fieldErrors['basisDate']}
          data-testid="plan-basis-date"
        />
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(save.error)}
          </Alert>
        )}
        {save.isSuccess && (
          <Alert color={save.data.changed ? 'green' : 'gray'} variant="light" role="status" data-testid="plan-saved">
            {save.data.changed
              ? t('plans.form.saved', { version: formatNumber(save.data.version), value: formatNumber(save.data.value, { decimals: def?.decimals }), unit })
              : t('plans.form.unchanged')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="plan-save">
            {t('plans.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
