import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/document-title';

/** Props of {@link StatusPage}. */
export type StatusPageProps = { title: string; body: ReactNode; backLabel?: string; testId?: string };

/** A page that explains why there is nothing to show (not allowed, not enabled, not found), with a way home. */
export function StatusPage({ title, body, backLabel, testId }: StatusPageProps) {
  useDocumentTitle(title);
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl" data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text>{body}</Text>
        {backLabel && (
          <Button component={Link} to="/" variant="light">
            {backLabel}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** Shown instead of a page the user's role may not see. */
export function ForbiddenPage({ roleLabel }: { roleLabel: string }) {
  const { t } = useTranslation();
  return <StatusPage testId="forbidden" title={t('forbidden.title')} body={t('forbidden.body', { role: roleLabel })} backLabel={t('forbidden.back')} />;
}

/** Shown instead of a page whose module the server has not enabled. */
export function ModuleDisabledPage() {
  const { t } = useTranslation();
  return <StatusPage testId="module-disabled" title={t('disabled.title')} body={t('disabled.body')} backLabel={t('disabled.back')} />;
}

/** Shown for an address that matches no page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage testId="not-found" title={t('notFound.title')} body={t('notFound.body')} backLabel={t('notFound.back')} />;
}
