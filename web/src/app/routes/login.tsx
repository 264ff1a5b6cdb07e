import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../components/ui/demo-badge';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { mainContentId } from '../../components/ui/skip-link';
import { LoginForm } from '../../features/auth/components/login-form';
import { useDocumentTitle } from '../../lib/document-title';
import { useHealth } from '../../lib/health';
import { currentLanguage, setLanguage } from '../../lib/i18n';

const route = getRouteApi('/login');

/** The log-in page: Vietnamese by default, the language switch kept in this browser until the user's own language applies. */
export function LoginRoute() {
  const { t } = useTranslation();
  const router = useRouter();
  const { redirect } = route.useSearch();
  const health = useHealth();
  useDocumentTitle(t('login.title'));

  return (
    <Center component="main" id={mainContentId} tabIndex={-1} mih="100dvh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Text fw={700}>{t('app.name')}</Text>
              <Text size="sm" c="dimmed">
                {t('login.subtitle')}
              </Text>
            </Stack>
            <LanguageSwitch value={currentLanguage()} onChange={(language) => void setLanguage(language)} />
          </Group>
          {health?.demo && (
            <Group>
              <DemoBadge />
            </Group>
          )}
          <Title order={1} size="h2">
            {t('login.title')}
          </Title>
          <LoginForm onSuccess={() => void router.navigate({ href: redirect ?? '/' })} />
        </Stack>
      </Paper>
    </Center>
  );
}
