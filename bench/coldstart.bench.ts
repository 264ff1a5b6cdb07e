import fs from 'node:fs';
import { createPgDatabase, type BenchKind } from './support';
import { startBenchServer } from './server';

/**
 * Cold start of `npm start`'s server (node --import tsx server/src/main.ts, web already built): from spawning the
 * process to the first 200 of GET /api/health, on a fresh database (migrations and demo data included), then
 * reopening the same database (median of three).
 */
export async function benchColdStart(kind: BenchKind) {
  const pgDb = kind === 'postgres' ? await createPgDatabase() : null;
  const first = await startBenchServer(pgDb ? { databaseUrl: pgDb.url } : {});
  await first.stop();
  const reopen: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const again = await startBenchServer(pgDb ? { databaseUrl: pgDb.url } : { dataDir: first.dataDir! });
      reopen.push(again.msToHealthy);
      await again.stop();
    }
  } finally {
    if (first.dataDir) fs.rmSync(first.dataDir, { recursive: true, force: true });
    await pgDb?.drop();
  }
  reopen.sort((a, b) => a - b);
  return { kind, freshMs: first.msToHealthy, reopenMs: reopen[1]! };
}
