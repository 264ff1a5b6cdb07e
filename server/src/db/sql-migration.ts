import { sql, type Kysely, type Migration } from 'kysely';

/** A migration written as plain SQL statements (PGlite runs one statement per query). */
export function sqlMigration(up: string[], down: string[] = []): Migration {
  return {
    async up(db: Kysely<any>) {
      for (const statement of up) await sql.raw(statement).execute(db);
    },
    async down(db: Kysely<any>) {
      for (const statement of down) await sql.raw(statement).execute(db);
    },
  };
}
