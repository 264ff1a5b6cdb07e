import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { StatusPage } from '../../components/ui/status-page';
import { useEnterprise } from '../../features/enterprises/api/enterprises';
import { EnterpriseForm } from '../../features/enterprises/components/enterprise-form';
import { useEnterprisesTranslation } from '../../features/enterprises/i18n';
import { ApiError } from '../../lib/api';
import { useMe } from '../../lib/me';

const route = getRouteApi('/app/enterprises/$province/$taxCode');

/** One enterprise: its registered facts, and for directors and officers the form to change them (not the tax code). */
export function EnterpriseRoute() {
  const { t } = useEnterprisesTranslation();
  const me = useMe();
  const { province, taxCode } = route.useParams();
  const enterprise = useEnterprise(province, taxCode);
  const canEdit = me.role === 'director' || me.role === 'officer';
  if (enterprise.isPending) return <Loading />;
  if (enterprise.isError) {
    if (enterprise.error instanceof ApiError && (enterprise.error.status === 404 || enterprise.error.status === 400))
      return <StatusPage testId="enterprise-not-found" title={t('page.notFoundTitle')} body={t('page.notFoundBody')} backLabel={t('notFound.back')} />;
    return <ErrorAlert error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  }
  const e = enterprise.data;
  const facts: [string, string][] = [
    [t('fields.taxCode'), e.taxCode],
    [t('fields.ownership'), t(`ownership.${e.ownership}`)],
    [t('fields.vsic'), e.vsic ?? '—'],
    [t('fields.status'), t(`status.${e.status}`)],
    [t('fields.address'), e.address ?? '—'],
    [t('fields.communeCode'), e.communeCode ?? '—'],
    [t('fields.contactName'), e.contactName ?? '—'],
    [t('fields.phone'), e.phone ?? '—'],
    [t('fields.email'), e.email ?? '—'],
  ];
  return (
    <Stack gap="md" data-testid="enterprise-page">
      <Anchor renderRoot={(props) => <Link to="/enterprises" search={{ orgunit: province }} {...props} />} size="sm">
        ← {t('page.back')}
      </Anchor>
      <PageHeader title={e.name} />
      <Card withBorder padding="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" m={0}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      {canEdit && (
        <Card withBorder padding="md" component="section" aria-labelledby="enterprise-edit">
          <Title order={2} size="h4" id="enterprise-edit" mb="sm">
            {t('page.edit')}
          </Title>
          <EnterpriseForm key={JSON.stringify(e)} province={province} enterprise={e} onDone={() => undefined} />
        </Card>
      )}
    </Stack>
  );
}
