import { serve } from '@hono/node-server';
import { loadConfig } from './core/config';
import { AppError } from './core/errors';
import { createDatabase } from './database';
import { migrateToLatest } from './migrations';
import { createApp } from './app';
import { currentPgliteTemplate } from './pglite-template';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from './seed';

async function main() {
  const config = loadConfig();
  // A new PGlite data directory starts as a copy of the migrated template `npm start` builds (no initdb).
  const handle = await createDatabase(config, { pgliteTemplate: () => currentPgliteTemplate() });
  await migrateToLatest(handle.db);
  const fresh = await isEmpty(handle.db);
  if (fresh) await seedDemo(handle.db);
  const app = createApp({ db: handle.db, kind: handle.kind, config });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
    const where = handle.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`congthuong ${config.version} — http://localhost:${info.port}  (database: ${where})`);
    console.log(`API reference: http://localhost:${info.port}/api/docs`);
    console.log(
      `Demo accounts${fresh ? ' (created now)' : ''}, password "${DEMO_PASSWORD}": ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(', ')}`,
    );
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
