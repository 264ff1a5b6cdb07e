import { Anchor, Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { ApiError } from '../../../lib/api';
import { useCreateCluster, useProvinceCommunes, useUpdateCluster, type CommuneChoice } from '../api/cluster-edit';
import { useClusters } from '../api/registry';
import { CLUSTER_TYPES, type ClusterFigures, type ClusterType } from '../api/types';
import { useClustersTranslation } from '../i18n';
import {
  CLUSTER_LIMITS,
  formFieldOfPath,
  initialClusterValues,
  validateClusterForm,
  type ClusterField,
  type ClusterFieldError,
  type ClusterFormValues,
  type EditedCluster,
} from '../lib/cluster-form';
import { DialogFormActions } from './form-table-section';
import { NumField } from './num-field';

/** The communes offered for a cluster: the official list (when imported) and those the province's clusters already use. */
function useCommuneChoices(province: string): CommuneChoice[] {
  const official = useProvinceCommunes(province);
  const clusters = useClusters({ orgunit: province });
  return useMemo(() => {
    const map = new Map<string, string>();
    for (const c of official.data?.items ?? []) map.set(c.code, c.name);
    for (const c of clusters.data?.items ?? []) if (!map.has(c.communeCode)) map.set(c.communeCode, c.communeName);
    return [...map].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }, [official.data, clusters.data]);
}

const fmt = (n: number) => formatNumber(n);

/** The numbers a refusal names ("at most 300 characters", "between 102 and 118"), written the current language's way. */
function limitsOf(reason: ClusterFieldError): Record<string, string> {
  switch (reason) {
    case 'nameTooLong':
      return { max: fmt(CLUSTER_LIMITS.name) };
    case 'communeNameTooLong':
      return { max: fmt(CLUSTER_LIMITS.communeName) };
    case 'notesTooLong':
      return { max: fmt(CLUSTER_LIMITS.notes) };
    case 'areaRange':
      return { max: fmt(CLUSTER_LIMITS.areaMax) };
    case 'longitudeRange':
      return { min: fmt(CLUSTER_LIMITS.longitude[0]), max: fmt(CLUSTER_LIMITS.longitude[1]) };
    case 'latitudeRange':
      return { min: fmt(CLUSTER_LIMITS.latitude[0]), max: fmt(CLUSTER_LIMITS.latitude[1]) };
    default:
      return {};
  }
}

/** Props of {@link ClusterForm}. */
export type ClusterFormProps = {
  province: string;
  /** The cluster edited (its base fields), or null to register a new one. */
  cluster: (EditedCluster & { id: string }) | null;
  onCancel: () => void;
  onSaved: (saved: ClusterFigures) => void;
};

/**
 * The base fields of a cluster: name, code (new clusters only; generated when empty), commune (code and name, chosen
 * from the known communes or typed), type, planned area, a point (longitude, latitude) and notes. Checked here as the
 * server checks them; the server's refusals are shown under their fields. The name field takes the focus; Enter saves.
 */
export function ClusterForm({ province, cluster, onCancel, onSaved }: ClusterFormProps) {
  const { t } = useClustersTranslation();
  const create = useCreateCluster(province);
  const update = useUpdateCluster(province, cluster?.id ?? '');
  const mutation = cluster ? update : create;
  const communes = useCommuneChoices(province);
  const [values, setValues] = useState<ClusterFormValues>(() => initialClusterValues(cluster));
  const [errors, setErrors] = useState<Partial<Record<ClusterField, ClusterFieldError>>>({});
  const set =
    <K extends ClusterField>(key: K) =>
    (value: ClusterFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const server = useMemo(() => {
    const byField: Partial<Record<ClusterField, string>> = {};
    for (const [path, message] of Object.entries(describeFieldErrors(mutation.error))) {
      const field = formFieldOfPath(path);
      if (field && !byField[field]) byField[field] = message;
    }
    const error = mutation.error;
    if (error instanceof ApiError && error.code === 'conflict' && error.details?.['field'] === 'code')
      byField.code = t('clusterForm.error.codeTaken', { code: create.variables?.code ?? '' });
    return byField;
  }, [mutation.error, create.variables, t]);

  const message = (field: ClusterField): string | undefined => {
    const reason = errors[field];
    return reason ? t(`clusterForm.error.${reason}`, limitsOf(reason)) : server[field];
  };

  const chooseCommune = (code: string) => {
    const known = communes.find((c) => c.code === code.trim());
    setValues((v) => ({ ...v, communeCode: code, ...(known ? { communeName: known.name } : {}) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateClusterForm(values, cluster);
    setErrors(result.errors);
    if (!result.ok) {
      const first = Object.keys(result.errors)[0];
      if (first) document.querySelector<HTMLElement>(`[data-testid="cluster-form-${first}"]`)?.focus();
      return;
    }
    if (cluster) {
      const { code: _code, ...patch } = result.body;
      update.mutate(patch, { onSuccess: onSaved });
    } else create.mutate(result.body, { onSuccess: onSaved });
  };

  const polygonKept = cluster?.location?.type === 'Polygon';
  const listId = `cluster-communes-${cluster?.id ?? 'new'}`;
  return (
    <form onSubmit={submit} noValidate data-testid="cluster-form">
      <Stack gap="sm">
        <TextInput
          label={t('clusterForm.name')}
          placeholder={t('clusterForm.namePlaceholder')}
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          required
          maxLength={CLUSTER_LIMITS.name}
          error={message('name')}
          data-autofocus
          data-testid="cluster-form-name"
        />
        {!cluster && (
          <TextInput
            label={t('clusterForm.code')}
            description={t('clusterForm.codeHint', { example: `CCN-${province}-010` })}
            value={values.code}
            onChange={(e) => set('code')(e.currentTarget.value)}
            maxLength={40}
            error={message('code')}
            data-testid="cluster-form-code"
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            label={t('clusterForm.communeCode')}
            description={t('clusterForm.communeHint')}
            value={values.communeCode}
            onChange={(e) => chooseCommune(e.currentTarget.value)}
            required
            inputMode="numeric"
            maxLength={5}
            list={listId}
            autoComplete="off"
            error={message('communeCode')}
            data-testid="cluster-form-communeCode"
          />
          <TextInput
            label={t('clusterForm.communeName')}
            value={values.communeName}
            onChange={(e) => set('communeName')(e.currentTarget.value)}
            required
            maxLength={CLUSTER_LIMITS.communeName}
            error={message('communeName')}
            data-testid="cluster-form-communeName"
          />
        </Group>
        <datalist id={listId}>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </datalist>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('clusterForm.type')}
            data={CLUSTER_TYPES.map((k) => ({ value: k, label: t(`type.${k}`) }))}
            value={values.type}
            onChange={(e) => set('type')(e.currentTarget.value as ClusterType)}
            required
            error={message('type')}
            data-testid="cluster-form-type"
          />
          <NumField
            label={t('clusterForm.plannedAreaHa')}
            value={values.plannedAreaHa}
            onChange={set('plannedAreaHa')}
            min={0}
            max={CLUSTER_LIMITS.areaMax}
            decimalScale={4}
            required
            error={message('plannedAreaHa')}
            data-testid="cluster-form-plannedAreaHa"
          />
        </Group>
        <Group grow align="flex-start">
          <NumField
            label={t('clusterForm.longitude')}
            value={values.longitude}
            onChange={set('longitude')}
            decimalScale={6}
            error={message('longitude')}
            data-testid="cluster-form-longitude"
          />
          <NumField
            label={t('clusterForm.latitude')}
            value={values.latitude}
            onChange={set('latitude')}
            decimalScale={6}
            error={message('latitude')}
            data-testid="cluster-form-latitude"
          />
        </Group>
        <Text size="xs" c="dimmed">
          {polygonKept ? t('clusterForm.polygonKept') : t('clusterForm.pointHint')}
        </Text>
        <Textarea
          label={t('clusterForm.notes')}
          value={values.notes}
          onChange={(e) => set('notes')(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={CLUSTER_LIMITS.notes}
          error={message('notes')}
          data-testid="cluster-form-notes"
        />
        <DialogFormActions mutation={mutation} onCancel={onCancel} saveTestId="cluster-form-save" errorTestId="cluster-form-error" />
      </Stack>
    </form>
  );
}

/**
 * "Thêm cụm công nghiệp" for the province's editors: the form in a dialog (Esc closes it); once saved, the list is
 * refreshed and a line says which cluster was added, with a link to its page.
 */
export function AddClusterButton({ province }: { province: string }) {
  const { t } = useClustersTranslation();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<ClusterFigures | null>(null);
  return (
    <Stack gap={4} align="flex-end">
      <Button onClick={() => setOpen(true)} data-testid="cluster-add">
        {t('clusterForm.add')}
      </Button>
      <Text size="sm" role="status" data-testid="cluster-added">
        {added && (
          <>
            {t('clusterForm.added', { name: added.name, code: added.code })}{' '}
            <Anchor
              renderRoot={(props) => <Link to="/clusters/$province/$clusterId" params={{ province: added.provinceCode, clusterId: added.id }} {...props} />}
            >
              {t('clusterForm.open')}
            </Anchor>
          </>
        )}
      </Text>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('clusterForm.add')} size="lg">
        {open && (
          <ClusterForm
            province={province}
            cluster={null}
            onCancel={() => setOpen(false)}
            onSaved={(saved) => {
              setAdded(saved);
              setOpen(false);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** "Sửa thông tin" on a cluster's page, for editors: its base fields in a dialog; the page refreshes once saved. */
export function EditClusterButton({ cluster }: { cluster: EditedCluster & { id: string; provinceCode: string } }) {
  const { t } = useClustersTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)} data-testid="cluster-edit">
        {t('clusterForm.edit')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('clusterForm.editTitle', { name: cluster.name })} size="lg">
        {open && <ClusterForm province={cluster.provinceCode} cluster={cluster} onCancel={() => setOpen(false)} onSaved={() => setOpen(false)} />}
      </Modal>
    </>
  );
}
