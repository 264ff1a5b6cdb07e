import { Anchor, Badge, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { StatusPage } from '../../components/ui/status-page';
import { useCluster } from '../../features/clusters/api/registry';
import { AttachmentsSection } from '../../features/clusters/components/attachments-section';
import { ClusterReportsSection } from '../../features/clusters/components/cluster-reports-section';
import { EditClusterButton } from '../../features/clusters/components/cluster-form';
import { Facts } from '../../features/clusters/components/facts';
import { InfrastructureSection, PermitsSection } from '../../features/clusters/components/infrastructure-section';
import { InvestorSection } from '../../features/clusters/components/investor-section';
import { LandSection } from '../../features/clusters/components/land-section';
import { StagesSection } from '../../features/clusters/components/stages-section';
import { TenantsSection } from '../../features/clusters/components/tenants-section';
import { useClustersTranslation } from '../../features/clusters/i18n';
import { ApiError } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { useMe } from '../../lib/me';
import { TitledSection } from '../../components/ui/titled-section';

const route = getRouteApi('/app/clusters/$province/$clusterId');
const tabs = ['overview', 'stages', 'infrastructure', 'tenants', 'documents', 'reports'] as const;
type Tab = (typeof tabs)[number];

/**
 * One cluster: header facts, then tabs for its land and investor, legal stages, infrastructure and permits, tenants,
 * documents and its Biểu 02 reports. Directors and officers edit; readers read; the cluster's own reporter (its
 * investor) reads. Any other cluster is "not found" to a reporter (the server answers 404), as is a wrong address.
 */
export function ClusterRoute() {
  const { t } = useClustersTranslation();
  const me = useMe();
  const { province, clusterId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const cluster = useCluster(province, clusterId);
  const canEdit = me.role === 'director' || me.role === 'officer';
  const tab: Tab = (tabs as readonly string[]).includes(search.tab ?? '') ? (search.tab as Tab) : 'overview';

  if (cluster.isPending) return <Loading />;
  if (cluster.isError) {
    if (cluster.error instanceof ApiError && cluster.error.status === 404)
      return <StatusPage testId="cluster-not-found" title={t('page.notFoundTitle')} body={t('page.notFoundBody')} backLabel={t('notFound.back')} />;
    if (cluster.error instanceof ApiError && cluster.error.status === 403)
      return <StatusPage testId="forbidden" title={t('forbidden.title')} body={t('page.forbiddenBody')} backLabel={t('forbidden.back')} />;
    return <ErrorAlert error={cluster.error} onRetry={() => void cluster.refetch()} />;
  }
  const c = cluster.data;
  return (
    <Stack gap="md" data-testid="cluster-page" data-cluster={c.code}>
      {me.role !== 'reporter' && (
        <Anchor renderRoot={(props) => <Link to="/clusters" search={{ orgunit: c.provinceCode }} {...props} />} size="sm">
          ← {t('page.back')}
        </Anchor>
      )}
      <PageHeader
        title={c.name}
        actions={canEdit ? <EditClusterButton cluster={c} /> : undefined}
        description={
          <Group gap="xs" component="span">
            <span>{c.code}</span>
            <span aria-hidden>·</span>
            <span>{c.communeName}</span>
            {c.demo && (
              <Badge size="xs" variant="outline" color="gray">
                {t('page.demo')}
              </Badge>
            )}
          </Group>
        }
      />
      <Card withBorder padding="md">
        <Facts
          testId="cluster-facts"
          cols={4}
          items={[
            { key: 'type', label: t('page.type'), value: t(`type.${c.type}`) },
            { key: 'stage', label: t('page.stage'), value: c.stage ? t(`stage.${c.stage}`) : t('stage.none') },
            { key: 'planned', label: t('page.planned'), value: `${formatNumber(c.plannedAreaHa, { decimals: 1 })} ha` },
            {
              key: 'tenants',
              label: t('page.tenants'),
              value: t('page.tenantsValue', {
                total: formatNumber(c.tenantCount),
                operating: formatNumber(c.operatingTenantCount),
                fdi: formatNumber(c.fdiTenantCount),
              }),
            },
            { key: 'workers', label: t('page.workers'), value: formatNumber(c.workers) },
            {
              key: 'capital',
              label: t('page.capital'),
              value: t('common.billions', {
                value: `${formatNumber(c.disbursedCapital, { decimals: 1 })} / ${formatNumber(c.registeredCapital, { decimals: 1 })}`,
              }),
            },
            { key: 'investor', label: t('page.investor'), value: c.investor.current?.name ?? t('investor.none') },
            { key: 'notes', label: t('page.notes'), value: c.notes ?? '—' },
          ]}
        />
      </Card>
      <Tabs value={tab} onChange={(value) => void navigate({ search: { tab: value ?? 'overview' }, replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('page.sections')}>
          {tabs.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`tab-${k}`}>
              {t(`page.tab.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="lg">
            <TitledSection id="land-title" title={t('land.title')}>
              <LandSection cluster={c} canEdit={canEdit} />
            </TitledSection>
            <TitledSection id="investor-title" title={t('investor.title')}>
              <InvestorSection cluster={c} canEdit={canEdit} />
            </TitledSection>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="stages" pt="md">
          <StagesSection cluster={c} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="infrastructure" pt="md">
          <Stack gap="lg">
            <InfrastructureSection cluster={c} canEdit={canEdit} />
            <TitledSection id="permits-title" title={t('permits.title')}>
              <PermitsSection cluster={c} canEdit={canEdit} />
            </TitledSection>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="tenants" pt="md">
          <TenantsSection cluster={c} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <AttachmentsSection cluster={c} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('reports.intro')}
            </Text>
            <ClusterReportsSection cluster={c} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
