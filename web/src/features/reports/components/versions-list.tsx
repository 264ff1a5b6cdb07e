import { Badge, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { useVersions } from '../api/report';
import type { VersionSummary } from '../api/types';
import { useReportsTranslation } from '../i18n';

/** Props of {@link VersionsList}. */
export type VersionsListProps = {
  orgunit: string;
  period: string;
  /** The version on screen, or null for the report from the current figures. */
  current: string | null;
  onOpen: (version: VersionSummary | null) => void;
};

/** The stored versions of the month, newest first; each opens with the numbers it was issued with. */
export function VersionsList({ orgunit, period, current, onOpen }: VersionsListProps) {
  const { t } = useReportsTranslation();
  const versions = useVersions(orgunit, period);
  const items = versions.data?.items ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-versions-title" data-testid="report-versions">
      <Title order={2} size="h4" id="report-versions-title">
        {t('versions.title')}
      </Title>
      {versions.isPending && <Loading />}
      {versions.isError && <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.data && items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="report-versions-empty">
          {t('versions.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Table fz="sm" verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('versions.version')}</Table.Th>
              <Table.Th scope="col">{t('versions.savedAt')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('versions.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((version) => {
              const open = version.id === current;
              return (
                <Table.Tr key={version.id} data-testid={`report-version-${version.id}`} aria-current={open ? 'true' : undefined}>
                  <Table.Th scope="row" fw={500}>
                    {t('versions.number', { id: version.id })}
                    <Text size="xs" c="dimmed">
                      {t(`reportLanguage.${version.lang}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {formatDateTime(version.generatedAt)}
                    <Text size="xs" c="dimmed">
                      {version.generatedBy ?? t('sections.someone')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {open ? (
                      <Badge variant="light" miw="max-content">
                        {t('versions.open')}
                      </Badge>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onOpen(version)}
                        aria-label={t('versions.viewLabel', { id: version.id, time: formatDateTime(version.generatedAt) })}
                        data-testid={`report-version-open-${version.id}`}
                      >
                        {t('versions.view')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
