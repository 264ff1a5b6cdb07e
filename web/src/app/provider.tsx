import { createTheme, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
});

/**
 * Mantine (theme, light scheme) around the whole app. React Query's provider sits in the
 * signed-in layout instead (layout.tsx), so the log-in page does not load React Query.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}
