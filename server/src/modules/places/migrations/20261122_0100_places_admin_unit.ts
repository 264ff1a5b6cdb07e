import { sqlMigration } from '../../../db/sql-migration';

/** Administrative units with validity dates, and the succession (crosswalk) between them. */
export default sqlMigration(
  [
    `create table admin_unit (
      id text primary key,
      code text not null,
      level text not null check (level in ('province', 'commune')),
      kind text not null,
      name text not null,
      name_en text not null,
      province_code text,
      valid_from date not null,
      valid_to date,
      created_at timestamptz not null default now(),
      check (valid_to is null or valid_to >= valid_from)
    )`,
    `create index admin_unit_code_idx on admin_unit (code, valid_from)`,
    `create table admin_unit_succession (
      successor_id text not null references admin_unit (id),
      predecessor_id text not null references admin_unit (id),
      primary key (successor_id, predecessor_id)
    )`,
  ],
  ['drop table admin_unit_succession', 'drop table admin_unit'],
);
