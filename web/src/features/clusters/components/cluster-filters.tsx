import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { OCCUPANCY_BANDS, STAGES } from '../api/types';
import { useClustersTranslation } from '../i18n';

/** The list's filters as the address keeps them. */
export type ClusterFilterValues = { commune?: string; stage?: string; occupancy?: string; q?: string };

/** Props of {@link ClusterFilters}. */
export type ClusterFiltersProps = {
  values: ClusterFilterValues;
  communes: { code: string; name: string }[];
  onChange: (values: ClusterFilterValues) => void;
};

/** Commune, stage and occupancy band (applied at once) and a name search (applied on Enter or with the button). */
export function ClusterFilters({ values, communes, onChange }: ClusterFiltersProps) {
  const { t } = useClustersTranslation();
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...values, q: q.trim() || undefined });
  };
  const any = t('filters.any');
  return (
    <form onSubmit={submit} role="search" aria-label={t('filters.label')} data-testid="cluster-filters">
      <Group align="flex-end" wrap="wrap" gap="sm">
        <NativeSelect
          label={t('filters.commune')}
          data={[{ value: '', label: any }, ...communes.map((c) => ({ value: c.code, label: c.name }))]}
          value={values.commune ?? ''}
          onChange={(e) => onChange({ ...values, commune: e.currentTarget.value || undefined })}
          w={200}
          data-testid="filter-commune"
        />
        <NativeSelect
          label={t('filters.stage')}
          data={[{ value: '', label: any }, ...STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))]}
          value={values.stage ?? ''}
          onChange={(e) => onChange({ ...values, stage: e.currentTarget.value || undefined })}
          w={240}
          data-testid="filter-stage"
        />
        <NativeSelect
          label={t('filters.occupancy')}
          data={[{ value: '', label: any }, ...OCCUPANCY_BANDS.map((b) => ({ value: b, label: t(`band.${b}`) }))]}
          value={values.occupancy ?? ''}
          onChange={(e) => onChange({ ...values, occupancy: e.currentTarget.value || undefined })}
          w={200}
          data-testid="filter-occupancy"
        />
        <TextInput
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={240}
          data-testid="filter-q"
        />
        <Button type="submit" variant="default" data-testid="filter-apply">
          {t('filters.apply')}
        </Button>
        {(values.commune || values.stage || values.occupancy || values.q) && (
          <Button variant="subtle" onClick={() => onChange({})} data-testid="filter-reset">
            {t('filters.reset')}
          </Button>
        )}
      </Group>
    </form>
  );
}
