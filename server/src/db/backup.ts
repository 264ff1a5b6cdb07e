import fs from 'node:fs';
import readline from 'node:readline';
import { sql } from 'kysely';
import type { Db } from '../database';
import { AppError } from '../core/errors';

/** First line of every backup file. */
export const BACKUP_FORMAT = 'congthuong-backup/1';
const CHUNK = 2000;

type TableInfo = { name: string; dependsOn: string[] };

/** The application's tables (migration bookkeeping excluded), parents before children. */
export async function listTables(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = current_schema() and tablename not like 'kysely_%' order by tablename`.execute(db);
  const fks = await sql<{ child: string; parent: string }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const infos: TableInfo[] = tables.rows.map((t) => ({
    name: t.name,
    dependsOn: fks.rows.filter((f) => f.child === t.name && f.parent !== t.name).map((f) => f.parent),
  }));
  const ordered: string[] = [];
  while (ordered.length < infos.length) {
    const next = infos.find((t) => !ordered.includes(t.name) && t.dependsOn.every((d) => ordered.includes(d)));
    if (!next) throw new Error('Foreign keys form a cycle');
    ordered.push(next.name);
  }
  return ordered;
}

const ident = (name: string) => sql.id(name);

/**
 * Tables whose comment starts with "derived:" (kept by triggers from other tables, e.g. figure_latest): a backup leaves
 * them out and a restore rebuilds them, because the triggers fire as the rows they derive from come back.
 */
export async function derivedTables(db: Db): Promise<Set<string>> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and obj_description(c.oid, 'pg_class') like 'derived:%'`.execute(db);
  return new Set(rows.map((r) => r.name));
}

/**
 * Writes a portable dump of every table: a header line, then lines `table<TAB>[rows as JSON]`.
 * Rows are PostgreSQL's own JSON (row_to_json), so numbers and timestamps keep their exact text.
 */
export async function backupDatabase(db: Db, file: string, meta: Record<string, unknown> = {}) {
  const out = fs.createWriteStream(file);
  const write = (line: string) => new Promise<void>((resolve, reject) => out.write(line + '\n', (e) => (e ? reject(e) : resolve())));
  const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  await write(JSON.stringify({ format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations: migrations.rows.map((m) => m.name), ...meta }));
  const counts: Record<string, number> = {};
  const derived = await derivedTables(db);
  for (const table of (await listTables(db)).filter((t) => !derived.has(t))) {
    counts[table] = 0;
    for (let offset = 0; ; offset += CHUNK) {
      const { rows } = await sql<{ rows: string | null }>`
        select json_agg(j order by j::text)::text as rows from (
          select row_to_json(t)::jsonb as j from ${ident(table)} t order by row_to_json(t)::text limit ${CHUNK} offset ${offset}
        ) s`.execute(db);
      const chunk = rows[0]?.rows;
      if (!chunk) break;
      await write(`${table}\t${chunk}`);
      counts[table] += (JSON.parse(chunk) as unknown[]).length;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return counts;
}

/** Restores a dump into a migrated database holding no users (it replaces everything), in one transaction. */
export async function restoreDatabase(db: Db, file: string) {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : parseHeader(first.value);
  if (header?.format !== BACKUP_FORMAT) throw new AppError('validation_failed', `${file} is not a congthuong backup`);
  const users = await sql<{ n: string }>`select count(*)::text as n from user_account`.execute(db);
  if (users.rows[0]?.n !== '0') throw new AppError('conflict', 'Restore needs an empty database (no users): create a new data directory or database first');
  const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  const missing = (header.migrations ?? []).filter((m) => !migrations.rows.some((r) => r.name === m));
  if (missing.length) throw new AppError('conflict', `The backup comes from a newer version (migrations ${missing.join(', ')}): upgrade congthuong first`);
  const tables = await listTables(db);
  const derived = await derivedTables(db);
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    await sql`truncate ${sql.join(tables.map(ident))} restart identity cascade`.execute(trx);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const tab = next.value.indexOf('\t');
      const table = next.value.slice(0, tab);
      if (!tables.includes(table) || derived.has(table)) throw new AppError('validation_failed', `Unknown table ${table} in the backup`);
      await sql`insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, ${next.value.slice(tab + 1)}::json)`.execute(trx);
      counts[table] = (counts[table] ?? 0) + 1;
    }
    await resetIdentities(trx);
  });
  return counts;
}

async function resetIdentities(db: Db) {
  const { rows } = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(db);
  for (const { table, column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${ident(column)}) from ${ident(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

function parseHeader(line: string): { format?: string; migrations?: string[] } | null {
  try {
    return JSON.parse(line) as { format?: string; migrations?: string[] };
  } catch {
    return null;
  }
}
