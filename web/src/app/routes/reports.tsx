import { Box, Button, Card, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { useOverview } from '../../features/indicators/api/get-overview';
import { isMonth, monthsBack } from '../../features/indicators/lib/periods';
import { useCreateVersion, useMonthlyReport, useVersions, type ReportParams } from '../../features/reports/api/report';
import type { ReportLang, VersionSummary } from '../../features/reports/api/types';
import { NewerFiguresNotice } from '../../features/reports/components/newer-figures-notice';
import { OfficerSectionsForm } from '../../features/reports/components/officer-sections-form';
import { ReportDocumentView } from '../../features/reports/components/report-document';
import { ReportDownloads } from '../../features/reports/components/report-downloads';
import { VersionsList } from '../../features/reports/components/versions-list';
import { useReportsTranslation } from '../../features/reports/i18n';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/reports');

/** Roles that write the officer's sections and store versions (the server checks the same, and the province scope). */
const editors = ['director', 'officer'];

/**
 * The monthly sector report of a province: the preview of the document written from the figures (header, numbered
 * sections, tables, charts, notes), the officer's own sections, downloads (DOCX, PDF, XLSX, Markdown, text), and the
 * stored versions, each showing the numbers it was issued with. Readers read; officers and directors write and store.
 */
export function ReportsRoute() {
  const { t } = useReportsTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const provinces = useScopeProvinces(me);
  const canEdit = editors.includes(me.role);
  const [dirty, setDirty] = useState(false);
  const createVersion = useCreateVersion();

  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : provinces.items[0]?.code;
  // The latest month with figures (the overview of the province without a month) is the default.
  const latest = useOverview(orgunit ? { orgunit } : null);
  const latestMonth = latest.data && latest.data.orgunit === orgunit ? latest.data.period : undefined;
  const period = isMonth(search.period) ? search.period : (latestMonth ?? undefined);
  const lang: ReportLang = search.lang === 'en' ? 'en' : 'vi';
  const version = search.version ? String(search.version) : undefined;
  const params: ReportParams | null = orgunit && period ? { orgunit, period, lang, ...(version ? { version } : {}) } : null;
  const report = useMonthlyReport(params);
  const versions = useVersions(orgunit ?? null, period ?? null);
  const data = report.data;
  const shownVersion = data?.meta.version ?? null;

  const months = useMemo(() => {
    const list = latestMonth ? monthsBack(latestMonth, 24) : [];
    return period && !list.includes(period) ? [period, ...list] : list;
  }, [latestMonth, period]);
  const placeName = provinces.items.find((p) => p.code === orgunit)?.name ?? orgunit ?? '';

  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const openVersion = (summary: Pick<VersionSummary, 'id' | 'lang'> | null) =>
    setSearch(summary ? { version: Number(summary.id), lang: summary.lang === 'vi' ? undefined : summary.lang } : { version: undefined });
  const storeVersion = () => {
    if (!orgunit || !period) return;
    createVersion.mutate({ orgunit, period, lang }, { onSuccess: (saved) => openVersion(saved) });
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('page.title')} description={t('page.intro')} />
      <Group align="flex-end" wrap="wrap" role="group" aria-label={t('page.controls')}>
        <NativeSelect
          label={t('page.province')}
          data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
          value={orgunit ?? ''}
          onChange={(event) => setSearch({ orgunit: event.currentTarget.value, period: undefined, version: undefined })}
          w={220}
          data-testid="reports-province"
        />
        <NativeSelect
          label={t('page.month')}
          data={months.map((m) => ({
            value: m,
            label: m === latestMonth ? t('page.latest', { month: formatPeriod(m, { capital: true }) }) : formatPeriod(m, { capital: true }),
          }))}
          value={period ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setSearch({ period: value === latestMonth ? undefined : value, version: undefined });
          }}
          disabled={months.length === 0}
          w={250}
          data-testid="reports-month"
        />
        <NativeSelect
          label={t('page.language')}
          data={(['vi', 'en'] as const).map((value) => ({ value, label: t(`reportLanguage.${value}`) }))}
          value={lang}
          onChange={(event) => setSearch({ lang: event.currentTarget.value === 'en' ? 'en' : undefined })}
          w={160}
          data-testid="reports-lang"
        />
        <NativeSelect
          label={t('page.version')}
          data={[
            { value: '', label: t('versions.currentFigures') },
            ...(versions.data?.items ?? []).map((v) => ({
              value: v.id,
              label: t('versions.option', { id: v.id, time: formatDateTime(v.generatedAt), lang: v.lang.toUpperCase() }),
            })),
            ...(version && !versions.data?.items.some((v) => v.id === version) ? [{ value: version, label: t('versions.number', { id: version }) }] : []),
          ]}
          value={version ?? ''}
          onChange={(event) => {
            const id = event.currentTarget.value;
            openVersion(id ? (versions.data?.items.find((v) => v.id === id) ?? { id, lang }) : null);
          }}
          w={300}
          data-testid="reports-version"
        />
        {report.isFetching && !report.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      </Group>

      {(provinces.pending || (orgunit && (latest.isPending || (params && report.isPending)))) && <Loading />}
      {latest.isError && <ErrorAlert error={latest.error} onRetry={() => void latest.refetch()} />}
      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} testId="report-error" />}
      {latest.data && latestMonth === null && !period && (
        <Text c="dimmed" data-testid="reports-empty">
          {t('page.noData', { name: placeName })}
        </Text>
      )}

      {data && params && (
        <>
          {shownVersion ? (
            <Group gap="sm" wrap="wrap">
              <Text size="sm" role="status" data-testid="report-version-note">
                {t('versions.viewing', {
                  id: shownVersion.id,
                  time: formatDateTime(shownVersion.generatedAt),
                  name: shownVersion.generatedBy ?? t('sections.someone'),
                  cutoff: formatDateTime(shownVersion.cutoff),
                })}
              </Text>
              <Button variant="default" size="compact-sm" onClick={() => openVersion(null)} data-testid="report-version-current">
                {t('versions.backToCurrent')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" data-testid="report-draft-note">
              {t('versions.draft', { cutoff: formatDateTime(data.meta.cutoff) })}
            </Text>
          )}
          {data.meta.newerFiguresExist && (
            <NewerFiguresNotice
              report={data}
              onRegenerate={canEdit ? storeVersion : null}
              regenerating={createVersion.isPending}
              error={createVersion.isError ? createVersion.error : null}
            />
          )}
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <ReportDownloads params={{ ...params, version: shownVersion?.id ?? params.version }} />
            {canEdit && !version && (
              <Group gap="xs" wrap="wrap">
                {dirty && (
                  <Text size="sm" c="orange.8" data-testid="report-save-version-hint">
                    {t('versions.saveSectionsFirst')}
                  </Text>
                )}
                <Button onClick={storeVersion} loading={createVersion.isPending} disabled={dirty} data-testid="report-save-version">
                  {t('versions.save')}
                </Button>
              </Group>
            )}
          </Group>
          {createVersion.isError && !data.meta.newerFiguresExist && <ErrorAlert error={createVersion.error} />}
          <Group align="flex-start" gap="lg" wrap="wrap">
            <Box style={{ flex: '999 1 36rem', minWidth: 0 }} aria-busy={report.isFetching}>
              <ReportDocumentView report={data} />
            </Box>
            <Stack gap="md" style={{ flex: '1 1 22rem', minWidth: 0 }}>
              {canEdit && !version && (
                <Card withBorder padding="md">
                  <OfficerSectionsForm orgunit={params.orgunit} period={params.period} lang={lang} onDirtyChange={setDirty} />
                  {lang === 'en' && (
                    <Text size="xs" c="dimmed" mt="xs">
                      {t('sections.englishNote')}
                    </Text>
                  )}
                </Card>
              )}
              {canEdit && version && (
                <Card withBorder padding="md" data-testid="report-version-locked">
                  <Text size="sm">{t('versions.locked')}</Text>
                </Card>
              )}
              <Card withBorder padding="md">
                <VersionsList orgunit={params.orgunit} period={params.period} current={version ?? null} onOpen={openVersion} />
              </Card>
            </Stack>
          </Group>
        </>
      )}
    </Stack>
  );
}
