import { Group, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { ImportPanel } from '../../features/indicators/components/import-panel';
import { useFiguresIoTranslation } from '../../features/indicators/io-i18n';
import { formatPeriod } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const linkStyle = { color: 'var(--mantine-color-anchor)', fontWeight: 600 };

/**
 * Importing a workbook (nhập tệp Excel): the statistics office's and the department's own layouts, or a CSV file.
 * A preview shows what was understood, refused and flagged before anything is written; Confirm writes it all at once.
 */
export function ImportRoute() {
  const { t } = useFiguresIoTranslation();
  const me = useMe();
  const provinces = useScopeProvinces(me);
  return (
    <Stack gap="md">
      <PageHeader title={t('import.title')} description={t('import.intro')} />
      {provinces.pending ? (
        <Loading />
      ) : (
        <ImportPanel
          provinces={provinces.items}
          isDirector={me.role === 'director'}
          doneLinks={(orgunit, month) => {
            const code = orgunit.split('@')[0]!;
            return (
              <Group gap="md">
                <Link to="/overview" search={{ orgunit: code, ...(month ? { period: month } : {}) }} style={linkStyle} data-testid="import-overview-link">
                  {month ? t('import.toOverviewMonth', { period: formatPeriod(month) }) : t('import.toOverview')}
                </Link>
                <Link to="/grid" search={{ orgunit: code, ...(month ? { year: month.slice(0, 4) } : {}) }} style={linkStyle} data-testid="import-grid-link">
                  {t('import.toGrid')}
                </Link>
              </Group>
            );
          }}
        />
      )}
    </Stack>
  );
}
