import { defineConfig } from 'vitest/config';

/** Unit and API tests: on PGlite by default, on PostgreSQL when TEST_DATABASE_URL is set. */
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
