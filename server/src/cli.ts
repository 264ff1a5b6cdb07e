import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from './core/config';
import { AppError } from './core/errors';
import { ROLES, type Role } from './core/access';
import { createDatabase, type DatabaseHandle } from './database';
import { migrateToLatest } from './migrations';
import { isEmpty, seedDemo } from './seed';
import { createUser } from './modules/accounts';
import { backupDatabase, restoreDatabase } from './db/backup';
import { registerModuleCommands } from './cli.modules';

/** Opens the same database as the server (CONGTHUONG_DATA or DATABASE_URL), migrated, runs fn, closes. */
export async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await createDatabase(loadConfig());
  try {
    await migrateToLatest(handle.db);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

const program = new Command('congthuong')
  .description('congthuong — the platform of a Department of Industry and Trade. Uses CONGTHUONG_DATA (PGlite, default ./data) or DATABASE_URL.')
  .showHelpAfterError();

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(() =>
    withDatabase(async () => {
      console.log('Migrations are up to date.');
    }),
  );

program
  .command('seed')
  .description('Load demo data into an empty database')
  .option('--demo', 'the demo provinces, accounts and figures')
  .action((opts: { demo?: boolean }) =>
    withDatabase(async ({ db }) => {
      if (!opts.demo) throw new InvalidArgumentError('Say --demo: it is the only data set.');
      if (!(await isEmpty(db))) throw new AppError('conflict', 'The database already has users; demo data goes into an empty database only.');
      await seedDemo(db);
      console.log('Demo data loaded.');
    }),
  );

const user = program.command('user').description('Manage users');
user
  .command('add')
  .description('Create a user')
  .requiredOption('--username <username>', 'login name (lowercase letters, digits, . _ -)')
  .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, (v: string) => {
    if (!(ROLES as readonly string[]).includes(v)) throw new InvalidArgumentError(`role must be one of ${ROLES.join(', ')}`);
    return v as Role;
  })
  .requiredOption('--scope <codes>', 'province codes, comma separated (e.g. 40,19), or * for all', (v: string) => v.split(',').map((s) => s.trim()))
  .option('--name <displayName>', 'display name')
  .option('--password <password>', 'password (a random one is generated and printed when omitted)')
  .action((opts: { username: string; role: Role; scope: string[]; name?: string; password?: string }) =>
    withDatabase(async ({ db }) => {
      const password = opts.password ?? Math.random().toString(36).slice(2, 8) + Math.random().toString(36).slice(2, 8);
      const created = await createUser(db, null, {
        username: opts.username,
        displayName: opts.name ?? opts.username,
        role: opts.role,
        scope: opts.scope,
        password,
      });
      console.log(`Created ${created.username} (${created.role}, scope ${created.scope.join(',')})${opts.password ? '' : `, password: ${password}`}`);
    }),
  );

program
  .command('backup')
  .description('Write a portable dump of every table to FILE')
  .argument('<file>')
  .action((file: string) =>
    withDatabase(async ({ db, kind }) => {
      const counts = await backupDatabase(db, file, { database: kind });
      console.log(`Backup written to ${file}: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables.`);
    }),
  );

program
  .command('restore')
  .description('Restore a dump written by `backup` into an empty database')
  .argument('<file>')
  .action((file: string) =>
    withDatabase(async ({ db }) => {
      const counts = await restoreDatabase(db, file);
      console.log(`Restored ${Object.keys(counts).length} tables from ${file}.`);
    }),
  );

registerModuleCommands(program, withDatabase);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`Error: ${error.message}`);
    const problems = (error.details as { problems?: unknown[] } | undefined)?.problems;
    if (problems) for (const p of problems.slice(0, 50)) console.error(`  ${JSON.stringify(p)}`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
