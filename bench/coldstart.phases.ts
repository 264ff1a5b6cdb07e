/**
 * Run as a child process by the cold-start benchmark: the steps of server/src/main.ts one by one, each timed from the
 * process start, printed as one JSON line. CONGTHUONG_DATA or DATABASE_URL say which database, as for the server.
 */
const laps: [string, number][] = [['node and tsx started', performance.now()]];
const lap = (label: string) => laps.push([label, performance.now()]);
const { loadConfig } = await import('../server/src/core/config');
const { createDatabase } = await import('../server/src/database');
lap('load the database drivers (PGlite WASM, pg)');
const { migrateToLatest } = await import('../server/src/migrations');
const { currentPgliteTemplate } = await import('../server/src/pglite-template');
const { createApp } = await import('../server/src/app');
const { isEmpty, seedDemo } = await import('../server/src/seed');
lap('load every module (tsx transpiles the TypeScript)');
const config = loadConfig();
const handle = await createDatabase(config, { pgliteTemplate: () => currentPgliteTemplate() });
const opened = { existing: 'existing', template: "new: a copy of the build's template", initdb: 'new: initdb' };
lap(config.databaseUrl ? 'connect to PostgreSQL' : `open the PGlite data directory (${opened[handle.origin ?? 'initdb']})`);
await migrateToLatest(handle.db);
lap('migrations (check or apply)');
if (await isEmpty(handle.db)) {
  await seedDemo(handle.db);
  lap('demo data (first start only)');
}
createApp({ db: handle.db, kind: handle.kind, config });
lap('build the app');
await handle.close();
console.log(JSON.stringify(laps));
process.exit(0);
export {};
