import { Stack, Text } from '@mantine/core';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { ProgressEvent } from '../api/imports';
import { useFiguresIoTranslation } from '../io-i18n';

const progressStyle = { width: '100%', height: 10, accentColor: 'var(--mantine-color-blue-6)' };

/** The progress of a file on its way: the share of bytes sent, then what the server is doing (and how far, when it says). */
export function UploadProgress({ progress }: { progress: ProgressEvent }) {
  const { t } = useFiguresIoTranslation();
  if (progress.stage === 'upload') {
    const percent = progress.total > 0 ? (progress.loaded / progress.total) * 100 : 0;
    return (
      <Stack gap={4} data-testid="import-progress" data-stage="upload">
        <Text size="sm">{t('import.progress.upload', { percent: formatPercent(percent, 0) })}</Text>
        <progress value={percent} max={100} aria-label={t('import.progress.upload', { percent: formatPercent(percent, 0) })} style={progressStyle} />
      </Stack>
    );
  }
  const server = progress.progress;
  const known = server && server.total > 0;
  const percent = known ? (server.processed / server.total) * 100 : 100;
  const label = server
    ? known
      ? t('import.progress.counted', {
          phase: t(`import.progress.phases.${server.phase}`),
          processed: formatNumber(server.processed),
          total: formatNumber(server.total),
        })
      : t(`import.progress.phases.${server.phase}`)
    : t('import.progress.server');
  return (
    <Stack gap={4} data-testid="import-progress" data-stage="server">
      <Text size="sm">{label}</Text>
      {/* Without a count the bar is indeterminate (no value), which the browser animates. */}
      <progress {...(known ? { value: percent, max: 100 } : {})} aria-label={label} style={progressStyle} />
    </Stack>
  );
}
