import { sql } from 'kysely';
import type { Db } from '../database';
import { sqlMigration } from './sql-migration';

/**
 * Data versions: a number per (domain, province) — '*' for data of no province, such as a catalogue — renewed by
 * statement-level triggers in the transaction of every write to the domain's tables. A module keeps an answer in
 * memory together with the versions it was computed under and serves it again while they are unchanged: exact with
 * several server processes, because the versions live in PostgreSQL and change when the write commits. Numbers come
 * from one sequence, so they only grow (also across a restore, which empties the table).
 *
 * A module attaches them to its tables in its own migration:
 *   create trigger … after insert on t referencing new table as new_rows for each statement
 *     execute function data_version_renew_provinces('domain')   -- t has a province_code column
 *   create trigger … after insert or update or delete on t for each statement execute function data_version_renew_all('domain')
 */
export const dataVersionMigration = sqlMigration(
  [
    `create table data_version (
      domain text not null,
      province_code text not null,
      version bigint not null,
      primary key (domain, province_code)
    )`,
    `comment on table data_version is 'derived: a version per (domain, province) renewed by triggers on every write of that data'`,
    `create sequence data_version_seq`,
    `create function data_version_renew_provinces() returns trigger language plpgsql as $$
    begin
      insert into data_version (domain, province_code, version)
      select TG_ARGV[0], province_code, nextval('data_version_seq') from (select distinct province_code from new_rows order by province_code) p
      on conflict (domain, province_code) do update set version = excluded.version;
      return null;
    end $$`,
    `create function data_version_renew_all() returns trigger language plpgsql as $$
    begin
      insert into data_version (domain, province_code, version) values (TG_ARGV[0], '*', nextval('data_version_seq'))
      on conflict (domain, province_code) do update set version = excluded.version;
      return null;
    end $$`,
  ],
  ['drop function data_version_renew_all()', 'drop function data_version_renew_provinces()', 'drop sequence data_version_seq', 'drop table data_version'],
);

/** Versions keyed `domain/province` (e.g. `indicators/40`, `indicators/*`), as read with a session. */
export type DataVersions = Record<string, string>;

/**
 * The SQL of the versions a user with this scope can need (the provinces of the scope and '*'), as one JSON object:
 * read in the same query as the session, so checking a kept answer costs no extra round trip.
 */
export function dataVersionsOfScope(scopeColumn: string) {
  return sql<DataVersions>`(select coalesce(jsonb_object_agg(d.domain || '/' || d.province_code, d.version::text), '{}'::jsonb) from data_version d
    where d.province_code = '*' or d.province_code = any(${sql.ref(scopeColumn)}) or '*' = any(${sql.ref(scopeColumn)}))`;
}

/** The versions of a domain's provinces and '*' as one comparable text, e.g. `*=3;40=118` (0 = never written). */
export function versionText(versions: DataVersions, domain: string, provinceCodes: string[]): string {
  return [...new Set(['*', ...provinceCodes])]
    .sort()
    .map((p) => `${p}=${versions[`${domain}/${p}`] ?? 0}`)
    .join(';');
}

/** Reads the versions of a domain's provinces (for requests without a session, or code outside a request). */
export async function findDataVersions(db: Db, domain: string, provinceCodes: string[]): Promise<DataVersions> {
  const scopes = [...new Set(['*', ...provinceCodes])];
  const { rows } = await sql<{ province_code: string; version: string }>`
    select province_code, version::text as version from data_version where domain = ${domain} and province_code in (${sql.join(scopes)})`.execute(db);
  return Object.fromEntries(rows.map((r) => [`${domain}/${r.province_code}`, r.version]));
}
