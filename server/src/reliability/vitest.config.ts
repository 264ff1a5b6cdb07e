import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability`: malformed imports, a killed import, concurrent editors, security. On PGlite (and on
 * PostgreSQL too where a test opens it itself); one file at a time, each test bounded in time.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['src/reliability/**/*.reliability.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
