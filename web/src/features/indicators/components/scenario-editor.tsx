import { Alert, Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { describeError } from '../../../lib/errors';
import { formatNumber, formatPercent, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { indicatorName, indicatorUnit } from '../api/get-catalogue';
import { useSaveScenario, useScenarioPath } from '../api/plans';
import type { Indicator } from '../api/types';
import { useIndicatorsTranslation } from '../i18n';
import { NumberField } from './number-field';

/** Props of {@link ScenarioEditor}. */
export type ScenarioEditorProps = {
  orgunit: string;
  year: number;
  indicators: Indicator[];
  /** The annual plan in force per indicator, to compare the path's total with. */
  plans: ReadonlyMap<string, number>;
  /** False shows the path without the means to change it. */
  canEdit: boolean;
};

type Granularity = 'quarter' | 'month';

/**
 * The growth scenario (kịch bản tăng trưởng) of an indicator for a province and year: the planned value of each
 * quarter or month (not cumulative). It opens with the path in force, entered or derived from the plan and last
 * year's seasonal shares; saving keeps the earlier versions.
 */
export function ScenarioEditor({ orgunit, year, indicators, plans, canEdit }: ScenarioEditorProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const [indicator, setIndicator] = useState(indicators[0]?.code ?? '');
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const path = useScenarioPath(indicator ? { indicator, orgunit, year, granularity } : null);
  const def = indicators.find((i) => i.code === indicator);
  // Kept here, not in the form below: a save refreshes the path, which re-creates the form with the saved values.
  const save = useSaveScenario();

  return (
    <Stack gap="sm" data-testid="scenario-editor">
      <Title order={2} size="h4" id="scenario-title">
        {t('scenario.title', { year: String(year) })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('scenario.intro')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('scenario.indicator')}
          data={indicators.map((i) => ({ value: i.code, label: indicatorName(i, language) }))}
          value={indicator}
          onChange={(event) => {
            setIndicator(event.currentTarget.value);
            save.reset();
          }}
          w={340}
          maw="100%"
          data-testid="scenario-indicator"
        />
        <div>
          <Text size="sm" fw={500} id="scenario-granularity-label" mb={4}>
            {t('scenario.granularity')}
          </Text>
          <SegmentedControl
            aria-labelledby="scenario-granularity-label"
            value={granularity}
            onChange={(value) => {
              setGranularity(value as Granularity);
              save.reset();
            }}
            data={[
              { value: 'quarter', label: t('scenario.quarter') },
              { value: 'month', label: t('scenario.month') },
            ]}
            data-testid="scenario-granularity"
          />
        </div>
      </Group>
      {path.pending && <Loading />}
      {path.error && <ErrorAlert error={path.error} />}
      {!path.pending && !path.error && def && (
        <ScenarioValues
          key={`${orgunit}|${year}|${indicator}|${granularity}|${path.values.join(',')}`}
          indicator={def}
          granularity={granularity}
          periods={path.periods}
          initial={path.values}
          plan={plans.get(indicator) ?? null}
          canEdit={canEdit}
          saving={save.isPending}
          onEdit={() => (save.isError || save.isSuccess) && save.reset()}
          onSave={(values) => save.mutate({ indicator, orgunit, year, granularity, values })}
        />
      )}
      {save.isError && (
        <Alert color="red" variant="light" role="alert">
          {describeError(save.error)}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="green" variant="light" role="status" data-testid="scenario-saved">
          {t('scenario.saved', { version: formatNumber(save.data.version) })}
        </Alert>
      )}
    </Stack>
  );
}

type ValuesProps = {
  indicator: Indicator;
  granularity: Granularity;
  periods: string[];
  initial: (number | null)[];
  plan: number | null;
  canEdit: boolean;
  saving: boolean;
  onEdit: () => void;
  onSave: (values: (number | null)[]) => void;
};

function ScenarioValues({ indicator, granularity, periods, initial, plan, canEdit, saving, onEdit, onSave }: ValuesProps) {
  const { t } = useIndicatorsTranslation();
  const language = currentLanguage();
  const [values, setValues] = useState<(number | string)[]>(
    initial.map((v) => (v === null ? '' : Math.round(v * 10 ** indicator.decimals) / 10 ** indicator.decimals)),
  );
  const unit = indicatorUnit(indicator, language);
  const numbers = values.map((v) => (typeof v === 'number' ? v : null));
  const total = numbers.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const complete = numbers.every((v) => v !== null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(numbers);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="scenario-title">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('scenario.prefilled')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: granularity === 'quarter' ? 4 : 6 }} spacing="xs">
          {periods.map((period, index) => (
            <NumberField
              key={period}
              label={formatPeriod(period, { capital: true })}
              value={values[index] ?? ''}
              onChange={(value) => {
                setValues((current) => current.map((v, i) => (i === index ? value : v)));
                onEdit();
              }}
              decimalScale={indicator.decimals + 2}
              allowNegative={false}
              readOnly={!canEdit}
              data-testid={`scenario-value-${index + 1}`}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" data-testid="scenario-total">
          {t('scenario.total', { total: formatNumber(total, { decimals: indicator.decimals }), unit })}
          {plan !== null &&
            ` · ${t('scenario.vsPlan', { plan: formatNumber(plan, { decimals: indicator.decimals }), unit, percent: formatPercent(plan ? (total / plan) * 100 : null, 1) })}`}
        </Text>
        {canEdit && (
          <Group justify="flex-end">
            {!complete && (
              <Text size="xs" c="dimmed">
                {t('scenario.incomplete')}
              </Text>
            )}
            <Button type="submit" loading={saving} data-testid="scenario-save">
              {t('scenario.submit')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
