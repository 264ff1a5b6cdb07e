import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useEnterpriseSearch } from '../api/registry';
import { useClustersTranslation } from '../i18n';

/** Props of {@link EnterprisePicker}. */
export type EnterprisePickerProps = {
  province: string;
  label: string;
  value: string;
  onChange: (taxCode: string, name?: string) => void;
  error?: string | undefined;
  testId?: string;
};

/**
 * Chooses an enterprise of the registry: type a tax code, or part of a name (accents ignored by the server) and
 * pick one of the matches below, each a button (Tab and Enter).
 */
export function EnterprisePicker({ province, label, value, onChange, error, testId }: EnterprisePickerProps) {
  const { t } = useClustersTranslation();
  const [text, setText] = useState(value);
  const [chosen, setChosen] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(text, 250);
  const search = useEnterpriseSearch(province, chosen ? '' : debounced);
  const matches = search.data?.items ?? [];
  return (
    <Stack gap={4}>
      <TextInput
        label={label}
        description={t('picker.hint')}
        value={text}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          setChosen(null);
          onChange(next.replace(/\s+/g, ''));
        }}
        error={error}
        required
        data-testid={testId}
      />
      {chosen && (
        <Text size="xs" c="dimmed" data-testid={testId ? `${testId}-chosen` : undefined}>
          {chosen}
        </Text>
      )}
      {!chosen && debounced.trim().length >= 2 && (
        <Group gap={4} aria-label={t('picker.matches')} role="group">
          {matches.length === 0 && !search.isFetching && (
            <Text size="xs" c="dimmed">
              {t('picker.none')}
            </Text>
          )}
          {matches.map((m) => (
            <Button
              key={m.taxCode}
              size="compact-xs"
              variant="light"
              onClick={() => {
                setText(m.taxCode);
                setChosen(`${m.name} (${m.taxCode})`);
                onChange(m.taxCode, m.name);
              }}
              data-testid={`pick-${m.taxCode}`}
            >
              {m.name} · {m.taxCode}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
