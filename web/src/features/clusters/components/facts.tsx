import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list of labelled facts (a `<dl>`), in columns. */
export function Facts({ items, cols = 3, testId }: { items: { key: string; label: string; value: ReactNode }[]; cols?: number; testId?: string }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: Math.min(2, cols), md: cols }} spacing="sm" m={0} data-testid={testId}>
      {items.map((item) => (
        <div key={item.key}>
          <Text component="dt" size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={500} data-testid={testId ? `${testId}-${item.key}` : undefined}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
