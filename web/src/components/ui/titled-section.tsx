import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page section named by its heading (for screen readers: `aria-labelledby` the heading's id). */
export function TitledSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
