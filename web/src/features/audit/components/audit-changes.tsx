import { Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/get-audit';
import { diffRecords, showValue } from './change-diff';

/** What one audit entry changed: each touched field as before → after, and the whole JSON on demand. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = diffRecords(entry.before, entry.after);
  const kind = entry.before === null ? t('audit.created') : entry.after === null ? t('audit.deleted') : null;
  return (
    <Stack gap={4}>
      {kind && (
        <Text size="xs" fw={600} c="dimmed">
          {kind}
        </Text>
      )}
      {changes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('audit.noChange')}
        </Text>
      )}
      {changes.map((change) => (
        <Group key={change.field} gap={6} wrap="wrap" align="baseline">
          <Text size="sm" fw={600}>
            {change.field}:
          </Text>
          {entry.before !== null && (
            <Code color="red.0" aria-label={`${t('audit.before')}: ${showValue(change.before)}`}>
              <s>{showValue(change.before)}</s>
            </Code>
          )}
          {entry.before !== null && entry.after !== null && <span aria-hidden="true">→</span>}
          {entry.after !== null && (
            <Code color="green.0" aria-label={`${t('audit.after')}: ${showValue(change.after)}`}>
              {showValue(change.after)}
            </Code>
          )}
        </Group>
      ))}
      <details>
        <summary>
          <Text span size="xs" c="blue">
            {t('audit.showJson')}
          </Text>
        </summary>
        <Group align="flex-start" grow wrap="wrap" mt={4}>
          <div>
            <Text size="xs" fw={600}>
              {t('audit.before')}
            </Text>
            <Code block className="ct-json">
              {JSON.stringify(entry.before, null, 2)}
            </Code>
          </div>
          <div>
            <Text size="xs" fw={600}>
              {t('audit.after')}
            </Text>
            <Code block className="ct-json">
              {JSON.stringify(entry.after, null, 2)}
            </Code>
          </div>
        </Group>
      </details>
    </Stack>
  );
}
