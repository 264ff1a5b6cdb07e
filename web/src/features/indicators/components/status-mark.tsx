import { Badge } from '@mantine/core';
import type { FigureStatus } from '../api/types';
import { useFiguresIoTranslation } from '../io-i18n';

const color: Record<FigureStatus, string> = { estimate: 'yellow', preliminary: 'blue', official: 'green' };

/**
 * The status of a figure as a badge on the grid and import screens (the same look as badges.tsx's StatusBadge; kept
 * apart so those screens do not pull the overview's badges into a shared chunk).
 */
export function StatusMark({ status }: { status: FigureStatus | null }) {
  const { t } = useFiguresIoTranslation();
  if (!status) return null;
  return (
    <Badge color={color[status]} variant="light" radius="sm" miw="max-content" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
