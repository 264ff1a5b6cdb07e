import { Badge } from '@mantine/core';
import type { DueStatus } from '../api/types';
import { useClustersTranslation } from '../i18n';

const dueColor: Record<DueStatus, string> = { submitted: 'green', submitted_late: 'orange', due: 'blue', overdue: 'red' };

/** Where a form stands: submitted (on time or late), due, or overdue. */
export function DueBadge({ status, testId }: { status: DueStatus; testId?: string }) {
  const { t } = useClustersTranslation();
  return (
    <Badge color={dueColor[status]} variant={status === 'overdue' ? 'filled' : 'light'} radius="sm" miw="max-content" data-testid={testId} data-status={status}>
      {t(`due.${status}`)}
    </Badge>
  );
}

/** A version submitted after the deadline. */
export function LateBadge() {
  const { t } = useClustersTranslation();
  return (
    <Badge color="orange" variant="light" size="sm" radius="sm" data-testid="late-badge">
      {t('due.late')}
    </Badge>
  );
}
