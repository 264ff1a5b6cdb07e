import { sqlMigration } from '../../../db/sql-migration';

/**
 * figure_latest: the newest vintage of every figure key, so "the figures now" reads one row per key instead of every
 * vintage (figure_vintage stays the record; "as of a date" still reads it). PostgreSQL keeps it in the writing
 * statement's transaction (statement-level triggers with transition tables), so every write path — import, grid, API,
 * seed, restore — keeps it exact without knowing about it. It is marked derived: backups leave it out and a restore
 * rebuilds it through the triggers. The same writes renew the 'indicators' data versions (db/data-version.ts) of their
 * provinces, and catalogue changes the '*' version. See docs/decisions/0006-derived-figure-tables.md.
 */
export default sqlMigration(
  [
    `create table figure_latest (
      province_code text not null,
      unit_id text not null,
      period_year smallint not null,
      indicator_code text not null,
      period text not null,
      category text not null,
      base text not null,
      version integer not null,
      value numeric not null,
      status text not null,
      recorded_at timestamptz not null,
      primary key (province_code, unit_id, period_year, indicator_code, period, category, base)
    )`,
    `comment on table figure_latest is 'derived: the newest row of figure_vintage per key, kept by the figure_vintage_after_insert trigger'`,
    `create function figure_latest_keep() returns trigger language plpgsql as $$
    begin
      insert into figure_latest as l (province_code, unit_id, period_year, indicator_code, period, category, base, version, value, status, recorded_at)
      select distinct on (province_code, unit_id, period_year, indicator_code, period, category, base)
        province_code, unit_id, period_year, indicator_code, period, category, base, version, value, status, recorded_at
      from new_rows
      order by province_code, unit_id, period_year, indicator_code, period, category, base, version desc
      on conflict (province_code, unit_id, period_year, indicator_code, period, category, base) do update
        set version = excluded.version, value = excluded.value, status = excluded.status, recorded_at = excluded.recorded_at
        where excluded.version > l.version;
      return null;
    end $$`,
    // The product never deletes a vintage; these keep the table exact if an operator does (or empties the history).
    `create function figure_latest_recompute() returns trigger language plpgsql as $$
    begin
      delete from figure_latest l using old_rows o
      where l.province_code = o.province_code and l.unit_id = o.unit_id and l.period_year = o.period_year and l.indicator_code = o.indicator_code
        and l.period = o.period and l.category = o.category and l.base = o.base;
      insert into figure_latest
      select distinct on (f.province_code, f.unit_id, f.period_year, f.indicator_code, f.period, f.category, f.base)
        f.province_code, f.unit_id, f.period_year, f.indicator_code, f.period, f.category, f.base, f.version, f.value, f.status, f.recorded_at
      from figure_vintage f join (select distinct province_code, unit_id, period_year, indicator_code, period, category, base from old_rows) o
        on f.province_code = o.province_code and f.unit_id = o.unit_id and f.period_year = o.period_year and f.indicator_code = o.indicator_code
          and f.period = o.period and f.category = o.category and f.base = o.base
      order by f.province_code, f.unit_id, f.period_year, f.indicator_code, f.period, f.category, f.base, f.version desc;
      insert into data_version (domain, province_code, version)
      select 'indicators', province_code, nextval('data_version_seq') from (select distinct province_code from old_rows order by province_code) p
      on conflict (domain, province_code) do update set version = excluded.version;
      return null;
    end $$`,
    `create function figure_latest_empty() returns trigger language plpgsql as $$
    begin
      delete from figure_latest;
      return null;
    end $$`,
    `create trigger figure_vintage_after_delete after delete on figure_vintage
      referencing old table as old_rows for each statement execute function figure_latest_recompute()`,
    `create trigger figure_vintage_after_truncate after truncate on figure_vintage for each statement execute function figure_latest_empty()`,
    `create trigger figure_vintage_after_insert after insert on figure_vintage
      referencing new table as new_rows for each statement execute function figure_latest_keep()`,
    ...['figure_vintage', 'plan_version', 'scenario_version', 'month_publication'].map(
      (table) => `create trigger ${table}_data_version after insert on ${table}
        referencing new table as new_rows for each statement execute function data_version_renew_provinces('indicators')`,
    ),
    ...['indicator', 'indicator_category'].map(
      (table) => `create trigger ${table}_data_version after insert or update or delete on ${table}
        for each statement execute function data_version_renew_all('indicators')`,
    ),
    `insert into figure_latest
      select distinct on (province_code, unit_id, period_year, indicator_code, period, category, base)
        province_code, unit_id, period_year, indicator_code, period, category, base, version, value, status, recorded_at
      from figure_vintage
      order by province_code, unit_id, period_year, indicator_code, period, category, base, version desc`,
  ],
  [
    ...['figure_vintage', 'plan_version', 'scenario_version', 'month_publication', 'indicator', 'indicator_category'].map(
      (table) => `drop trigger ${table}_data_version on ${table}`,
    ),
    'drop trigger figure_vintage_after_insert on figure_vintage',
    'drop trigger figure_vintage_after_truncate on figure_vintage',
    'drop trigger figure_vintage_after_delete on figure_vintage',
    'drop function figure_latest_empty()',
    'drop function figure_latest_recompute()',
    'drop function figure_latest_keep()',
    'drop table figure_latest',
  ],
);
