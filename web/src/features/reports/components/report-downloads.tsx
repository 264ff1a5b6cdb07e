import { Button, Group, Text } from '@mantine/core';
import { reportFileUrl, type ReportParams } from '../api/report';
import { reportFormats } from '../api/types';
import { useReportsTranslation } from '../i18n';

/** Links to the report as files (the server names them); a stored version is downloaded exactly as stored. */
export function ReportDownloads({ params }: { params: ReportParams }) {
  const { t } = useReportsTranslation();
  return (
    <Group gap="xs" role="group" aria-labelledby="report-downloads-label" data-testid="report-downloads">
      <Text size="sm" fw={500} id="report-downloads-label">
        {t('downloads.label')}
      </Text>
      {reportFormats.map((format) => (
        <Button
          key={format}
          component="a"
          href={reportFileUrl({ ...params, format })}
          download
          variant="default"
          size="compact-sm"
          title={t(`downloads.${format}Title`)}
          data-testid={`report-download-${format}`}
        >
          {t(`downloads.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
