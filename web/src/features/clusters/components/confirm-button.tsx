import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useClustersTranslation } from '../i18n';

/** A remove button that asks once more in place ("Remove?" → Yes / No), so a slip of Enter removes nothing. */
export function ConfirmButton({ label, onConfirm, loading, testId }: { label: string; onConfirm: () => void; loading?: boolean; testId?: string }) {
  const { t } = useClustersTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setAsking(true)} aria-label={label} data-testid={testId}>
        {t('common.remove')}
      </Button>
    );
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={label}>
      <Button
        size="compact-xs"
        color="red"
        loading={loading}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
        data-testid={testId ? `${testId}-yes` : undefined}
        autoFocus
      >
        {t('common.confirmRemove')}
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setAsking(false)}>
        {t('app.cancel')}
      </Button>
    </Group>
  );
}
