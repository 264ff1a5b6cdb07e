import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import type { Check } from '../api/types';
import { useClustersTranslation } from '../i18n';

const ruleKey: Record<string, string> = {
  '15 = 15.1 + 15.2': 'checks.r15',
  '16 = 16.1 + 16.2': 'checks.r16',
  '19 = 18 ÷ 17 × 100': 'checks.r19',
  '04 = Σ 03': 'checks.rSum',
};

/**
 * The checks of a Biểu 03/04, each pass or fail with the numbers that decide it (formatted in the user's language);
 * for "04 = Σ 03", each differing item with its value, the sum and each commune's value.
 */
export function ChecksList({ checks, communeNames, testId }: { checks: Check[]; communeNames?: Map<string, string>; testId?: string }) {
  const { t } = useClustersTranslation();
  return (
    <List spacing="sm" listStyleType="none" data-testid={testId} ml={0} pl={0}>
      {checks.map((check) => (
        <List.Item key={check.rule} data-rule={check.rule} data-pass={check.pass} data-testid={testId ? `${testId}-item` : undefined}>
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Badge color={check.pass ? 'green' : 'red'} variant="filled" radius="sm">
                {check.pass ? t('checks.pass') : t('checks.fail')}
              </Badge>
              <Text fw={600} size="sm">
                {ruleKey[check.rule] ? t(ruleKey[check.rule]!) : check.rule}
              </Text>
            </Group>
            {check.rule !== '04 = Σ 03' && (
              <Text size="sm" c={check.pass ? 'dimmed' : undefined}>
                {Object.entries(check.numbers)
                  .map(([item, value]) => `${t('checks.item', { item })} = ${formatNumber(value)}`)
                  .join(' · ')}
              </Text>
            )}
            {check.rule === '04 = Σ 03' && (
              <Text size="sm" c="dimmed">
                {t('checks.communes', { count: formatNumber(check.numbers['communes'] ?? 0) })}
              </Text>
            )}
            {!!check.offending?.length && (
              <Table.ScrollContainer minWidth={480}>
                <Table fz="sm" withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('checks.itemCol')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('checks.value04')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('checks.sum03')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('checks.difference')}
                      </Table.Th>
                      <Table.Th scope="col">{t('checks.byCommune')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {check.offending.map((o) => (
                      <Table.Tr key={o.item}>
                        <Table.Th scope="row">{o.item}</Table.Th>
                        <Table.Td ta="right">{formatNumber(o.value)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(o.expected)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(o.difference, { sign: true })}</Table.Td>
                        <Table.Td>
                          {Object.entries(o.communes ?? {})
                            .map(([code, v]) => `${communeNames?.get(code) ?? code}: ${formatNumber(v)}`)
                            .join('; ')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
