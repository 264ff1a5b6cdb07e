import { Alert, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { QueryClientProvider } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../components/ui/demo-badge';
import { LanguageSwitch } from '../components/ui/language-switch';
import { mainContentId } from '../components/ui/skip-link';
import { logOut } from '../lib/auth';
import { describeError } from '../lib/errors';
import { useHealth } from '../lib/health';
import { currentLanguage } from '../lib/i18n';
import { useMe, useSaveLanguage } from '../lib/me';
import { queryClient } from '../lib/query-client';
import { pageForPath, visibleNav, type PageEntry } from './nav';
import { PageOutlet } from './page-outlet';
import { useScopeSummary } from './scope';

/** A menu link is active when its page governs the path (a page without a link lights its parent: same `to`). */
function isActive(pathname: string, page: PageEntry): boolean {
  return pageForPath(pathname)?.to === page.to;
}

function UserSummary({ testId }: { testId?: string }) {
  const me = useMe();
  const { t } = useTranslation();
  const scope = useScopeSummary(me);
  return (
    <Stack gap={0} align="flex-end" data-testid={testId}>
      <Text size="sm" fw={600}>
        {me.displayName}
      </Text>
      <Text size="xs" c="dimmed" title={`${t('scope.label')}: ${scope.full}`}>
        {t(`roles.${me.role}`)} · {scope.label}
      </Text>
    </Stack>
  );
}

function LogoutButton() {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const leave = () => {
    setLeaving(true);
    void logOut();
  };
  return (
    <Button variant="subtle" size="compact-md" loading={leaving} onClick={leave} data-testid="logout">
      {t('header.logout')}
    </Button>
  );
}

/** After a navigation (not the first page), moves focus to `<main>`, so keyboard and screen-reader users start at the new page. */
function useFocusMainOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(mainContentId)?.focus({ preventScroll: true });
  }, [pathname]);
}

/** The frame of every signed-in page, with React Query available to it and to every page below. */
export function Layout() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}

/** Header (name, user, language, log-out), navigation of the allowed modules, and `<main>` with the page. */
function Shell() {
  const me = useMe();
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the md breakpoint (62em) the header keeps only the essentials; log-out moves into the menu.
  const compact = useMediaQuery('(max-width: 62em)', false, { getInitialValueInEffect: false });
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const health = useHealth();
  const saveLanguage = useSaveLanguage();
  useFocusMainOnNavigation(pathname);

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px={compact ? 'xs' : 'md'} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={compact ? 'xs' : 'sm'} wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('app.closeNav') : t('app.openNav')}
              aria-expanded={opened}
            />
            <Text
              component={Link}
              to="/"
              fw={700}
              size={compact ? 'md' : 'lg'}
              c="inherit"
              td="none"
              aria-label={compact ? t('app.name') : undefined}
              data-testid="app-name"
            >
              {compact ? t('app.shortName') : t('app.name')}
            </Text>
            {me.demo && <DemoBadge short={compact} />}
          </Group>
          <Group gap={compact ? 'xs' : 'lg'} wrap="nowrap">
            <Group visibleFrom="md">
              <UserSummary testId="header-user" />
            </Group>
            <LanguageSwitch value={currentLanguage()} loading={saveLanguage.isPending} onChange={(language) => saveLanguage.mutate(language)} />
            {!compact && <LogoutButton />}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('app.mainNav')}>
        <AppShell.Section grow>
          {visibleNav(me).map((page) => (
            <NavLink
              key={page.to}
              component={Link}
              to={page.to}
              label={t(page.labelKey)}
              active={isActive(pathname, page)}
              onClick={close}
              data-testid={`nav-${page.labelKey.replace('nav.', '')}`}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="md" pt="sm">
          <Stack gap="xs" align="flex-end">
            <UserSummary />
            {compact && <LogoutButton />}
          </Stack>
        </AppShell.Section>
        {health && (
          <AppShell.Section pt="sm">
            <Text size="xs" c="dimmed">
              congthuong {health.version} · {health.database === 'postgres' ? 'PostgreSQL' : 'PGlite'}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main id={mainContentId} tabIndex={-1}>
        {saveLanguage.isError && (
          <Alert color="red" variant="light" role="alert" mb="md" withCloseButton closeButtonLabel={t('app.close')} onClose={() => saveLanguage.reset()}>
            {t('language.saveFailed')} {describeError(saveLanguage.error)}
          </Alert>
        )}
        <PageOutlet />
      </AppShell.Main>
    </AppShell>
  );
}
