import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { useSetLand } from '../api/registry';
import type { ClusterPage } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';
import { Facts } from './facts';
import { NumField, numOrNull } from './num-field';
import { OccupancyBar } from './occupancy-bar';

const ha = (v: number | null) => (v === null ? '—' : `${formatNumber(v, { decimals: 2 })} ha`);

/** Land: total and industrial (set by an editor), leased (the tenants' sum), unleased and occupancy (computed). */
export function LandSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  return (
    <Stack gap="sm">
      <Facts
        testId="land"
        cols={3}
        items={[
          { key: 'planned', label: t('land.planned'), value: ha(cluster.plannedAreaHa) },
          { key: 'total', label: t('land.total'), value: ha(cluster.landTotalHa) },
          { key: 'industrial', label: t('land.industrial'), value: ha(cluster.landIndustrialHa) },
          { key: 'leased', label: t('land.leased'), value: ha(cluster.leasedHa) },
          { key: 'unleased', label: t('land.unleased'), value: ha(cluster.unleasedHa) },
          { key: 'occupancy', label: t('land.occupancy'), value: <OccupancyBar percent={cluster.occupancyPercent} /> },
        ]}
      />
      {canEdit && <LandForm key={`${cluster.landTotalHa}|${cluster.landIndustrialHa}`} cluster={cluster} />}
    </Stack>
  );
}

function LandForm({ cluster }: { cluster: ClusterPage }) {
  const { t } = useClustersTranslation();
  const save = useSetLand(cluster.provinceCode, cluster.id);
  const [total, setTotal] = useState<number | string>(cluster.landTotalHa ?? '');
  const [industrial, setIndustrial] = useState<number | string>(cluster.landIndustrialHa ?? '');
  const [missing, setMissing] = useState(false);
  const fields = describeFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const totalHa = numOrNull(total);
    const industrialHa = numOrNull(industrial);
    if (totalHa === null || industrialHa === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate({ totalHa, industrialHa });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="land-form-title" data-testid="land-form">
      <Stack gap="sm" maw={520}>
        <Title order={3} size="h5" id="land-form-title">
          {t('land.formTitle')}
        </Title>
        <Group grow align="flex-start">
          <NumField
            label={t('land.totalHa')}
            value={total}
            onChange={setTotal}
            decimalScale={4}
            min={0}
            required
            error={missing && numOrNull(total) === null ? t('validation.required') : fields['totalHa']}
            data-testid="land-total-field"
          />
          <NumField
            label={t('land.industrialHa')}
            value={industrial}
            onChange={setIndustrial}
            decimalScale={4}
            min={0}
            required
            error={missing && numOrNull(industrial) === null ? t('validation.required') : fields['industrialHa'] ? t('land.industrialOverTotal') : undefined}
            data-testid="land-industrial-field"
          />
        </Group>
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeClusterError(save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="land-save">
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
