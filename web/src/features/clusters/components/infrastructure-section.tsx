import { Badge, Checkbox, Group, NativeSelect, Stack, Table, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { useAddPermit, useRemoveInfrastructure, useSaveInfrastructure } from '../api/registry';
import { INFRA_KINDS, INFRA_STATUSES, PERMIT_KINDS, type ClusterPage, type InfraItem, type InfraKind, type InfraStatus, type Permit } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { DialogFormActions, EditRemoveCell, FormTableSection } from './form-table-section';
import { NumField, numOrNull } from './num-field';

/** Infrastructure items (the central wastewater plant with its capacity in m³/day, status, standard), add/edit/remove. */
export function InfrastructureSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  const remove = useRemoveInfrastructure(cluster.provinceCode, cluster.id);
  const unitOf = (i: InfraItem) => (i.kind === 'wastewater_plant' ? t('infra.m3day') : (i.unit ?? ''));
  return (
    <FormTableSection
      items={cluster.infrastructure}
      empty={t('infra.empty')}
      minWidth={720}
      tableProps={{ 'data-testid': 'infra-table' }}
      head={
        <>
          <Table.Th scope="col">{t('infra.kind')}</Table.Th>
          <Table.Th scope="col">{t('infra.name')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('infra.capacity')}
          </Table.Th>
          <Table.Th scope="col">{t('infra.status')}</Table.Th>
          <Table.Th scope="col">{t('infra.meetsStandard')}</Table.Th>
          {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
        </>
      }
      row={(i, edit) => (
        <Table.Tr key={i.id} data-kind={i.kind}>
          <Table.Td>{t(`infraKind.${i.kind}`)}</Table.Td>
          <Table.Th scope="row" fw={400}>
            {i.name}
          </Table.Th>
          <Table.Td ta="right" ff="monospace">
            {i.capacity === null ? '—' : `${formatNumber(i.capacity)} ${unitOf(i)}`}
          </Table.Td>
          <Table.Td>{t(`infraStatus.${i.status}`)}</Table.Td>
          <Table.Td>
            {i.meetsStandard === null ? (
              '—'
            ) : (
              <Badge size="sm" variant="light" color={i.meetsStandard ? 'green' : 'red'}>
                {i.meetsStandard ? t('common.yes') : t('common.no')}
              </Badge>
            )}
          </Table.Td>
          {canEdit && (
            <EditRemoveCell
              editLabel={t('infra.editLabel', { name: i.name })}
              removeLabel={t('infra.removeLabel', { name: i.name })}
              onEdit={edit}
              onRemove={() => remove.mutate(i.id)}
              removing={remove.isPending}
            />
          )}
        </Table.Tr>
      )}
      removal={remove}
      canEdit={canEdit}
      dialog={{
        addLabel: t('infra.add'),
        editLabel: t('infra.edit'),
        addTestId: 'infra-add',
        size: 'lg',
        form: (item, done) => <InfraForm cluster={cluster} item={item} onDone={done} />,
      }}
    />
  );
}

function InfraForm({ cluster, item, onDone }: { cluster: ClusterPage; item: InfraItem | null; onDone: () => void }) {
  const { t } = useClustersTranslation();
  const save = useSaveInfrastructure(cluster.provinceCode, cluster.id);
  const [kind, setKind] = useState<InfraKind>(item?.kind ?? 'wastewater_plant');
  const [name, setName] = useState(item?.name ?? '');
  const [capacity, setCapacity] = useState<number | string>(item?.capacity ?? '');
  const [unit, setUnit] = useState(item?.unit ?? '');
  const [status, setStatus] = useState<InfraStatus>(item?.status ?? 'planned');
  const [meets, setMeets] = useState<boolean>(item?.meetsStandard ?? false);
  const [missing, setMissing] = useState(false);
  const fields = describeFieldErrors(save.error);
  const plant = kind === 'wastewater_plant';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || (plant && numOrNull(capacity) === null)) return setMissing(true);
    setMissing(false);
    save.mutate(
      {
        ...(item ? { itemId: item.id } : {}),
        kind,
        name: name.trim(),
        capacity: numOrNull(capacity),
        unit: plant ? 'm3/day' : unit.trim() || null,
        status,
        meetsStandard: plant ? meets : null,
        notes: item?.notes ?? null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="infra-form">
      <Stack gap="sm">
        <NativeSelect
          label={t('infra.kind')}
          data={INFRA_KINDS.map((k) => ({ value: k, label: t(`infraKind.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as InfraKind)}
        />
        <TextInput
          label={t('infra.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={300}
          error={missing && !name.trim() ? t('validation.required') : fields['name']}
          data-testid="infra-name"
        />
        <Group grow align="flex-start">
          <NumField
            label={plant ? t('infra.capacityPlant') : t('infra.capacity')}
            value={capacity}
            onChange={setCapacity}
            min={0}
            decimalScale={3}
            required={plant}
            error={missing && plant && numOrNull(capacity) === null ? t('validation.required') : fields['capacity']}
            data-testid="infra-capacity"
          />
          {!plant && <TextInput label={t('infra.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} maxLength={40} />}
        </Group>
        <NativeSelect
          label={t('infra.status')}
          data={INFRA_STATUSES.map((s) => ({ value: s, label: t(`infraStatus.${s}`) }))}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as InfraStatus)}
        />
        {plant && <Checkbox label={t('infra.meetsStandardField')} checked={meets} onChange={(e) => setMeets(e.currentTarget.checked)} />}
        <DialogFormActions mutation={save} onCancel={onDone} saveTestId="infra-save" />
      </Stack>
    </form>
  );
}
/** Environmental permits and EIA decisions, with a form to record one. */
export function PermitsSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  return (
    <FormTableSection
      items={cluster.permits}
      empty={t('permits.empty')}
      minWidth={640}
      tableProps={{ 'data-testid': 'permits-table' }}
      head={
        <>
          <Table.Th scope="col">{t('permits.kind')}</Table.Th>
          <Table.Th scope="col">{t('permits.documentNo')}</Table.Th>
          <Table.Th scope="col">{t('permits.issuedOn')}</Table.Th>
          <Table.Th scope="col">{t('permits.issuedBy')}</Table.Th>
          <Table.Th scope="col">{t('permits.validUntil')}</Table.Th>
        </>
      }
      row={(p) => (
        <Table.Tr key={p.id}>
          <Table.Td>{t(`permitKind.${p.kind}`)}</Table.Td>
          <Table.Th scope="row" fw={400}>
            {p.documentNo}
          </Table.Th>
          <Table.Td>{formatDate(p.issuedOn)}</Table.Td>
          <Table.Td>{p.issuedBy}</Table.Td>
          <Table.Td>{formatDate(p.validUntil)}</Table.Td>
        </Table.Tr>
      )}
      canEdit={canEdit}
      dialog={{
        addLabel: t('permits.add'),
        editLabel: t('permits.add'),
        addTestId: 'permit-add',
        size: 'lg',
        form: (_item, done) => <PermitForm cluster={cluster} onDone={done} />,
      }}
    />
  );
}

function PermitForm({ cluster, onDone }: { cluster: ClusterPage; onDone: () => void }) {
  const { t } = useClustersTranslation();
  const add = useAddPermit(cluster.provinceCode, cluster.id);
  const [kind, setKind] = useState<Permit['kind']>('environmental_permit');
  const [documentNo, setDocumentNo] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [issuedBy, setIssuedBy] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [missing, setMissing] = useState(false);
  const fields = describeFieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!documentNo.trim() || !issuedOn || !issuedBy.trim()) return setMissing(true);
    setMissing(false);
    add.mutate(
      { kind, documentNo: documentNo.trim(), issuedOn, issuedBy: issuedBy.trim(), validUntil: validUntil || null, notes: null },
      { onSuccess: onDone },
    );
  };
  const req = (v: string) => (missing && !v.trim() ? t('validation.required') : undefined);
  return (
    <form onSubmit={submit} noValidate data-testid="permit-form">
      <Stack gap="sm">
        <NativeSelect
          label={t('permits.kind')}
          data={PERMIT_KINDS.map((k) => ({ value: k, label: t(`permitKind.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as Permit['kind'])}
        />
        <TextInput
          label={t('permits.documentNo')}
          value={documentNo}
          onChange={(e) => setDocumentNo(e.currentTarget.value)}
          required
          maxLength={100}
          error={req(documentNo) ?? fields['documentNo']}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('permits.issuedOn')}
            value={issuedOn}
            onChange={(e) => setIssuedOn(e.currentTarget.value)}
            required
            error={req(issuedOn) ?? fields['issuedOn']}
          />
          <TextInput
            type="date"
            label={t('permits.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={fields['validUntil'] ? t('permits.expiresBeforeIssued') : undefined}
          />
        </Group>
        <TextInput
          label={t('permits.issuedBy')}
          value={issuedBy}
          onChange={(e) => setIssuedBy(e.currentTarget.value)}
          required
          maxLength={300}
          error={req(issuedBy) ?? fields['issuedBy']}
        />
        <DialogFormActions mutation={add} onCancel={onDone} />
      </Stack>
    </form>
  );
}
