import { Badge, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeFieldErrors } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { useRemoveTenant, useSaveTenant } from '../api/registry';
import { TENANT_STATUSES, type ClusterPage, type Tenant, type TenantStatus } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { EnterprisePicker } from './enterprise-picker';
import { DialogFormActions, EditRemoveCell, FormTableSection } from './form-table-section';
import { NumField, numOrNull } from './num-field';

const statusColor: Record<TenantStatus, string> = { investing: 'yellow', operating: 'green', stopped: 'gray' };

/** The tenant projects: enterprise, industry, leased land, capital, workers, status and dates; editors add, edit, remove. */
export function TenantsSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  const remove = useRemoveTenant(cluster.provinceCode, cluster.id);
  const b = (v: number) => formatNumber(v, { decimals: 1 });
  return (
    <FormTableSection
      items={cluster.tenants}
      empty={t('tenants.empty')}
      minWidth={1100}
      tableProps={{ highlightOnHover: true, 'data-testid': 'tenants-table', fz: 'sm' }}
      head={
        <>
          <Table.Th scope="col">{t('tenants.project')}</Table.Th>
          <Table.Th scope="col">{t('tenants.enterprise')}</Table.Th>
          <Table.Th scope="col">{t('tenants.vsic')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('tenants.leased')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('tenants.registered')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('tenants.disbursed')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('tenants.workers')}
          </Table.Th>
          <Table.Th scope="col">{t('tenants.status')}</Table.Th>
          <Table.Th scope="col">{t('tenants.dates')}</Table.Th>
          {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
        </>
      }
      row={(x, edit) => (
        <Table.Tr key={x.id} data-tenant={x.taxCode}>
          <Table.Th scope="row" fw={500}>
            {x.projectName}
            {x.foreignInvested && (
              <Badge size="xs" ml={6} variant="light" color="indigo">
                FDI
              </Badge>
            )}
          </Table.Th>
          <Table.Td>
            {x.enterpriseName ?? '—'}
            <Text size="xs" c="dimmed">
              {x.taxCode}
            </Text>
          </Table.Td>
          <Table.Td>{x.vsic ?? '—'}</Table.Td>
          <Table.Td ta="right" ff="monospace">
            {formatNumber(x.leasedAreaHa, { decimals: 2 })}
          </Table.Td>
          <Table.Td ta="right" ff="monospace">
            {b(x.registeredCapital)}
          </Table.Td>
          <Table.Td ta="right" ff="monospace">
            {b(x.disbursedCapital)}
          </Table.Td>
          <Table.Td ta="right" ff="monospace">
            {formatNumber(x.workers)}
          </Table.Td>
          <Table.Td>
            <Badge size="sm" variant="light" color={statusColor[x.status]} miw="max-content">
              {t(`tenantStatus.${x.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Text size="xs">
              {t('tenants.signedOn')}: {formatDate(x.signedOn)}
            </Text>
            {x.operatingFrom && (
              <Text size="xs">
                {t('tenants.operatingFrom')}: {formatDate(x.operatingFrom)}
              </Text>
            )}
            {x.stoppedOn && (
              <Text size="xs">
                {t('tenants.stoppedOn')}: {formatDate(x.stoppedOn)}
              </Text>
            )}
          </Table.Td>
          {canEdit && (
            <EditRemoveCell
              editLabel={t('tenants.editLabel', { name: x.projectName })}
              removeLabel={t('tenants.removeLabel', { name: x.projectName })}
              onEdit={edit}
              onRemove={() => remove.mutate(x.id)}
              removing={remove.isPending}
            />
          )}
        </Table.Tr>
      )}
      note={
        <Text size="xs" c="dimmed">
          {t('tenants.units')}
        </Text>
      }
      removal={remove}
      canEdit={canEdit}
      dialog={{
        addLabel: t('tenants.add'),
        editLabel: t('tenants.edit'),
        addTestId: 'tenant-add',
        size: 'xl',
        form: (tenant, done) => <TenantForm cluster={cluster} tenant={tenant} onDone={done} />,
      }}
    />
  );
}

function TenantForm({ cluster, tenant, onDone }: { cluster: ClusterPage; tenant: Tenant | null; onDone: () => void }) {
  const { t } = useClustersTranslation();
  const save = useSaveTenant(cluster.provinceCode, cluster.id);
  const [taxCode, setTaxCode] = useState(tenant?.taxCode ?? '');
  const [projectName, setProjectName] = useState(tenant?.projectName ?? '');
  const [vsic, setVsic] = useState(tenant?.vsic ?? '');
  const [leased, setLeased] = useState<number | string>(tenant?.leasedAreaHa ?? '');
  const [registered, setRegistered] = useState<number | string>(tenant?.registeredCapital ?? '');
  const [disbursed, setDisbursed] = useState<number | string>(tenant?.disbursedCapital ?? '');
  const [workers, setWorkers] = useState<number | string>(tenant?.workers ?? 0);
  const [fdi, setFdi] = useState<boolean | null>(tenant ? tenant.foreignInvested : null);
  const [status, setStatus] = useState<TenantStatus>(tenant?.status ?? 'investing');
  const [signedOn, setSignedOn] = useState(tenant?.signedOn ?? '');
  const [operatingFrom, setOperatingFrom] = useState(tenant?.operatingFrom ?? '');
  const [stoppedOn, setStoppedOn] = useState(tenant?.stoppedOn ?? '');
  const [missing, setMissing] = useState(false);
  const fields = describeFieldErrors(save.error);
  const numbers = { leased: numOrNull(leased), registered: numOrNull(registered), disbursed: numOrNull(disbursed), workers: numOrNull(workers) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const needsOperating = status === 'operating' && !operatingFrom;
    const needsStopped = status === 'stopped' && !stoppedOn;
    if (!taxCode || !projectName.trim() || Object.values(numbers).some((v) => v === null) || needsOperating || needsStopped) return setMissing(true);
    setMissing(false);
    save.mutate(
      {
        ...(tenant ? { tenantId: tenant.id } : {}),
        taxCode,
        projectName: projectName.trim(),
        vsic: vsic.trim() || null,
        leasedAreaHa: numbers.leased!,
        registeredCapital: numbers.registered!,
        disbursedCapital: numbers.disbursed!,
        workers: numbers.workers!,
        ...(fdi === null ? {} : { foreignInvested: fdi }),
        status,
        signedOn: signedOn || null,
        operatingFrom: operatingFrom || null,
        stoppedOn: status === 'stopped' ? stoppedOn || null : null,
      },
      { onSuccess: onDone },
    );
  };
  const req = (empty: boolean) => (missing && empty ? t('validation.required') : undefined);
  return (
    <form onSubmit={submit} noValidate data-testid="tenant-form">
      <Stack gap="sm">
        <EnterprisePicker
          province={cluster.provinceCode}
          label={t('tenants.taxCode')}
          value={taxCode}
          onChange={(v) => setTaxCode(v)}
          error={req(!taxCode) ?? fields['taxCode']}
          testId="tenant-tax-code"
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('tenants.project')}
            value={projectName}
            onChange={(e) => setProjectName(e.currentTarget.value)}
            required
            maxLength={300}
            error={req(!projectName.trim()) ?? fields['projectName']}
            data-testid="tenant-project"
          />
          <TextInput
            label={t('tenants.vsicField')}
            placeholder="C1410"
            value={vsic}
            onChange={(e) => setVsic(e.currentTarget.value)}
            maxLength={6}
            error={fields['vsic']}
          />
        </Group>
        <Group grow align="flex-start">
          <NumField
            label={t('tenants.leasedField')}
            value={leased}
            onChange={setLeased}
            min={0}
            decimalScale={4}
            required
            error={req(numbers.leased === null) ?? fields['leasedAreaHa']}
            data-testid="tenant-leased"
          />
          <NumField
            label={t('tenants.registeredField')}
            value={registered}
            onChange={setRegistered}
            min={0}
            decimalScale={3}
            required
            error={req(numbers.registered === null)}
            data-testid="tenant-registered"
          />
          <NumField
            label={t('tenants.disbursedField')}
            value={disbursed}
            onChange={setDisbursed}
            min={0}
            decimalScale={3}
            required
            error={req(numbers.disbursed === null)}
            data-testid="tenant-disbursed"
          />
          <NumField
            label={t('tenants.workers')}
            value={workers}
            onChange={setWorkers}
            min={0}
            decimalScale={0}
            allowDecimal={false}
            required
            error={req(numbers.workers === null)}
            data-testid="tenant-workers"
          />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('tenants.status')}
            data={TENANT_STATUSES.map((s) => ({ value: s, label: t(`tenantStatus.${s}`) }))}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as TenantStatus)}
            data-testid="tenant-status"
          />
          <TextInput
            type="date"
            label={t('tenants.signedOn')}
            value={signedOn}
            onChange={(e) => setSignedOn(e.currentTarget.value)}
            error={fields['signedOn']}
          />
          <TextInput
            type="date"
            label={t('tenants.operatingFrom')}
            value={operatingFrom}
            onChange={(e) => setOperatingFrom(e.currentTarget.value)}
            required={status === 'operating'}
            error={req(status === 'operating' && !operatingFrom) ?? (fields['operatingFrom'] ? t('tenants.datesInvalid') : undefined)}
          />
          {status === 'stopped' && (
            <TextInput
              type="date"
              label={t('tenants.stoppedOn')}
              value={stoppedOn}
              onChange={(e) => setStoppedOn(e.currentTarget.value)}
              required
              error={req(!stoppedOn) ?? (fields['stoppedOn'] ? t('tenants.datesInvalid') : undefined)}
            />
          )}
        </Group>
        <Checkbox
          label={t('tenants.fdi')}
          description={fdi === null ? t('tenants.fdiDefault') : undefined}
          checked={fdi ?? false}
          indeterminate={fdi === null}
          onChange={(e) => setFdi(e.currentTarget.checked)}
        />
        <DialogFormActions mutation={save} onCancel={onDone} saveTestId="tenant-save" errorTestId="tenant-error" />
      </Stack>
    </form>
  );
}
