import { Button, Group } from '@mantine/core';
import type { ExportFormat } from '../api/exports';
import { useIndicatorsTranslation } from '../i18n';

/** Download buttons for what the page shows, as a workbook and as CSV (the server names the file). */
export function ExportLinks({ href, testId }: { href: (format: ExportFormat) => string; testId?: string }) {
  const { t } = useIndicatorsTranslation();
  return (
    <Group gap="xs" data-testid={testId}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button key={format} component="a" href={href(format)} download variant="default" size="compact-sm" aria-label={t(`exports.${format}Label`)}>
          {t(`exports.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
