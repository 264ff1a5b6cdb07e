import { sqlMigration } from '../../../db/sql-migration';

/** The indicator catalogue and the categories (disaggregations) of each indicator. */
export default sqlMigration(
  [
    `create table indicator (
      code text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
      name_vi text not null,
      name_en text not null,
      unit_vi text not null,
      unit_en text not null,
      kind text not null check (kind in ('flow', 'index', 'derived')),
      decimals smallint not null default 1 check (decimals between 0 and 6),
      formula jsonb,
      builtin boolean not null default false,
      created_at timestamptz not null default now(),
      check ((kind = 'derived') = (formula is not null))
    )`,
    `create table indicator_category (
      indicator_code text not null references indicator (code),
      code text not null,
      dimension text not null,
      name_vi text not null,
      name_en text not null,
      parent_code text,
      sort integer not null default 0,
      primary key (indicator_code, code)
    )`,
  ],
  ['drop table indicator_category', 'drop table indicator'],
);
