import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The audit log's filters: which kind of record, and which record. */
export type AuditFilterValues = { entity?: string; entityId?: string };

/** Props of {@link AuditFilters}. */
export type AuditFiltersProps = { value: AuditFilterValues; onChange: (value: AuditFilterValues) => void };

/** The filter form (Enter applies it); empty fields mean "any". */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState(value.entity ?? '');
  const [entityId, setEntityId] = useState(value.entityId ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...(entity.trim() ? { entity: entity.trim() } : {}), ...(entityId.trim() ? { entityId: entityId.trim() } : {}) });
  };
  const reset = () => {
    setEntity('');
    setEntityId('');
    onChange({});
  };

  return (
    <form onSubmit={submit} role="search" aria-label={t('audit.title')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('audit.filter.entity')}
          placeholder={t('audit.filter.entityPlaceholder')}
          value={entity}
          onChange={(e) => setEntity(e.currentTarget.value)}
          data-testid="audit-entity"
        />
        <TextInput label={t('audit.filter.entityId')} value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} data-testid="audit-entity-id" />
        <Button type="submit" data-testid="audit-apply">
          {t('audit.filter.apply')}
        </Button>
        <Button type="button" variant="default" onClick={reset}>
          {t('audit.filter.reset')}
        </Button>
      </Group>
    </form>
  );
}
