import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/document-title';
import { useMe } from '../../lib/me';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { useScopeNames } from '../scope';

/** A sample figure, written the way the current language writes numbers (checked by the browser tests). */
const sampleNumber = 36539.5;
const samplePercent = 9.63;
const sampleDate = '2025-07-01';

function NumberFormatCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="numbers-title">
      <Title order={2} size="h4" id="numbers-title" mb="xs">
        {t('home.numbersTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('home.numbersHint')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('home.sampleNumber')}</Table.Th>
            <Table.Td ff="monospace" data-testid="format-sample">
              {formatNumber(sampleNumber)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('home.samplePercent')}</Table.Th>
            <Table.Td ff="monospace" data-testid="format-sample-percent">
              {formatPercent(samplePercent)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('home.sampleDate')}</Table.Th>
            <Table.Td ff="monospace" data-testid="format-sample-date">
              {formatDate(sampleDate)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The home page: who the user is, what they may see, and how numbers are written in the current language. */
export function HomeRoute() {
  const me = useMe();
  const { t } = useTranslation();
  const scope = useScopeNames(me);
  useDocumentTitle(t('nav.home'));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2" data-testid="greeting">
        {t('home.greeting', { name: me.displayName })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="profile-title">
          <Title order={2} size="h4" id="profile-title" mb="sm">
            {me.displayName}
          </Title>
          <Stack gap="xs">
            <Group gap="xs">
              <Text fw={600}>{t('home.role')}:</Text>
              <Text data-testid="home-role">{t(`roles.${me.role}`)}</Text>
            </Group>
            <div>
              <Text fw={600}>{t('home.scope')}:</Text>
              <Text data-testid="home-scope">{scope.all ? t('scope.all') : scope.names.length ? scope.names.join(', ') : t('scope.none')}</Text>
            </div>
          </Stack>
        </Card>
        <NumberFormatCard />
      </SimpleGrid>
    </Stack>
  );
}
