import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError, describeFieldErrors } from '../../../lib/errors';
import { OWNERSHIPS, STATUSES, useCreateEnterprise, useUpdateEnterprise, type Enterprise, type EnterpriseFields } from '../api/enterprises';
import { useEnterprisesTranslation } from '../i18n';
import { checkTaxCode } from '../lib/tax-code';

/** Props of {@link EnterpriseForm}: a new enterprise of a province, or changes to one. */
export type EnterpriseFormProps = { province: string; enterprise?: Enterprise; onDone: (saved: Enterprise) => void; onCancel?: () => void };

const blank = (v: string) => (v.trim() ? v.trim() : null);

/** Registers or edits an enterprise; the tax code is checked here (format and check digit) before the server checks it again. */
export function EnterpriseForm({ province, enterprise, onDone, onCancel }: EnterpriseFormProps) {
  const { t } = useEnterprisesTranslation();
  const create = useCreateEnterprise(province);
  const update = useUpdateEnterprise(province, enterprise?.taxCode ?? '');
  const save = enterprise ? update : create;
  const [taxCode, setTaxCode] = useState(enterprise?.taxCode ?? '');
  const [taxProblem, setTaxProblem] = useState<string | null>(null);
  const [f, setF] = useState({
    name: enterprise?.name ?? '',
    vsic: enterprise?.vsic ?? '',
    ownership: enterprise?.ownership ?? 'private',
    address: enterprise?.address ?? '',
    communeCode: enterprise?.communeCode ?? '',
    contactName: enterprise?.contactName ?? '',
    phone: enterprise?.phone ?? '',
    email: enterprise?.email ?? '',
    status: enterprise?.status ?? 'active',
  });
  const [missing, setMissing] = useState(false);
  const fields = describeFieldErrors(save.error);
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setF((prev) => ({ ...prev, [k]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!f.name.trim()) return setMissing(true);
    setMissing(false);
    const body: EnterpriseFields = {
      name: f.name.trim(),
      vsic: blank(f.vsic),
      ownership: f.ownership as Enterprise['ownership'],
      address: blank(f.address),
      communeCode: blank(f.communeCode),
      contactName: blank(f.contactName),
      phone: blank(f.phone),
      email: blank(f.email),
      status: f.status as Enterprise['status'],
    };
    if (enterprise) return update.mutate(body, { onSuccess: onDone });
    const checked = checkTaxCode(taxCode);
    if (!checked.ok) return setTaxProblem(t(`taxCode.${checked.problem}`));
    setTaxProblem(null);
    create.mutate({ ...body, taxCode: checked.taxCode }, { onSuccess: onDone });
  };
  const serverTax = save.error instanceof ApiError && save.error.code === 'validation_failed' && fields['taxCode'] ? t('taxCode.checkDigit') : undefined;
  return (
    <form onSubmit={submit} noValidate data-testid="enterprise-form">
      <Stack gap="sm">
        <TextInput
          label={t('fields.taxCode')}
          description={enterprise ? t('fields.taxCodeFixed') : t('fields.taxCodeHint')}
          value={taxCode}
          onChange={(e) => {
            setTaxCode(e.currentTarget.value);
            setTaxProblem(null);
          }}
          onBlur={() => {
            if (!enterprise && taxCode.trim()) {
              const checked = checkTaxCode(taxCode);
              setTaxProblem(checked.ok ? null : t(`taxCode.${checked.problem}`));
            }
          }}
          readOnly={Boolean(enterprise)}
          required
          error={taxProblem ?? serverTax}
          data-testid="enterprise-tax-code"
        />
        <TextInput
          label={t('fields.name')}
          value={f.name}
          onChange={set('name')}
          required
          maxLength={300}
          error={missing ? t('validation.required') : fields['name']}
          data-testid="enterprise-name"
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('fields.ownership')}
            data={OWNERSHIPS.map((o) => ({ value: o, label: t(`ownership.${o}`) }))}
            value={f.ownership}
            onChange={set('ownership')}
          />
          <TextInput label={t('fields.vsic')} placeholder="C1010" value={f.vsic} onChange={set('vsic')} maxLength={6} error={fields['vsic']} />
          <NativeSelect
            label={t('fields.status')}
            data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={f.status}
            onChange={set('status')}
          />
        </Group>
        <TextInput label={t('fields.address')} value={f.address} onChange={set('address')} maxLength={500} />
        <Group grow align="flex-start">
          <TextInput label={t('fields.communeCode')} value={f.communeCode} onChange={set('communeCode')} maxLength={5} error={fields['communeCode']} />
          <TextInput label={t('fields.contactName')} value={f.contactName} onChange={set('contactName')} maxLength={200} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('fields.phone')} value={f.phone} onChange={set('phone')} maxLength={40} />
          <TextInput type="email" label={t('fields.email')} value={f.email} onChange={set('email')} maxLength={200} error={fields['email']} />
        </Group>
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('app.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending} data-testid="enterprise-save">
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
