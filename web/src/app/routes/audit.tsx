import { Group, Pagination, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useAudit } from '../../features/audit/api/get-audit';
import { AuditFilters } from '../../features/audit/components/audit-filters';
import { AuditTable } from '../../features/audit/components/audit-table';
import { formatNumber } from '../../lib/format';

const route = getRouteApi('/app/audit');
const pageSize = 50;

/** The audit log (admin, director): filter by entity and record, page through the changes. */
export function AuditRoute() {
  const { t } = useTranslation();
  const { entity, entityId, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const audit = useAudit({ entity, entityId, limit: pageSize, offset: (page - 1) * pageSize });
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / pageSize));

  return (
    <Stack gap="md">
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <AuditFilters key={`${entity ?? ''}|${entityId ?? ''}`} value={{ entity, entityId }} onChange={(filters) => void navigate({ search: filters })} />
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {t('audit.total', { total: formatNumber(audit.data.total) })}
          </Text>
          {audit.data.items.length ? <AuditTable items={audit.data.items} /> : <Text c="dimmed">{t('audit.empty')}</Text>}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                aria-label={t('audit.pagination')}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
