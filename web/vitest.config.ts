import { defineConfig } from 'vitest/config';

/** Unit tests of the web app's pure parts (format, catalogs, navigation rules, API client); no browser needed. */
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
