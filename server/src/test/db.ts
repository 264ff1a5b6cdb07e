import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '../database';

/** A migrated database of its own for one test file: PGlite in memory, or a copy of the PostgreSQL template. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('pgTemplate');
  const url = process.env.TEST_DATABASE_URL;
  if (template && url) {
    const name = `ct_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${template}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const handle = openPostgres(target.toString(), 5);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await adminQuery(url, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('The global setup did not prepare a PGlite dump');
  return openPglite(undefined, new Blob([fs.readFileSync(dump)]));
}

async function adminQuery(url: string, sql: string) {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url, user: new URL(url).username || 'postgres' });
    await client.connect();
    try {
      await client.query(sql);
      return;
    } catch (error) {
      // Two test files copying the template at the same moment: wait and retry.
      if (attempt > 20 || !String((error as Error).message).includes('being accessed by other users')) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    } finally {
      await client.end();
    }
  }
}
