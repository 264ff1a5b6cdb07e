import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/document-title';

/** Props of {@link PageHeader}. */
export type PageHeaderProps = { title: string; description?: ReactNode; actions?: ReactNode };

/** The page's one `<h1>` (also the tab's title), an optional line of explanation and the page's main actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm" maw={760}>
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
