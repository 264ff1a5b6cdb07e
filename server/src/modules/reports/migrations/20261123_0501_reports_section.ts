import { sqlMigration } from '../../../db/sql-migration';

/** The officer's sections of the monthly report (difficulties, causes, tasks, recommendations), versioned for optimistic locking. */
export default sqlMigration(
  [
    `create table report_section (
      province_code text not null,
      unit_id text not null,
      period text not null,
      lang text not null check (lang in ('vi', 'en')),
      difficulties text not null default '',
      causes text not null default '',
      tasks text not null default '',
      recommendations text not null default '',
      version integer not null,
      updated_at timestamptz not null default now(),
      updated_by bigint,
      updated_by_name text,
      primary key (province_code, unit_id, period, lang)
    )`,
  ],
  ['drop table report_section'],
);
