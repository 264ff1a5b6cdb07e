import { sqlMigration } from '../../../db/sql-migration';

/** The enterprise registry, keyed by tax code, with a normalised search column kept by the service. */
export default sqlMigration(
  [
    `create table enterprise (
      tax_code text primary key check (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
      name text not null,
      vsic text,
      ownership text not null check (ownership in ('state', 'private', 'fdi', 'cooperative', 'household')),
      address text,
      commune_code text check (commune_code ~ '^[0-9]{5}$'),
      province_code text not null check (province_code ~ '^[0-9]{2}$'),
      contact_name text,
      phone text,
      email text,
      status text not null default 'active' check (status in ('active', 'suspended', 'dissolved')),
      search_text text not null,
      demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,
    `create index enterprise_province_idx on enterprise (province_code, name)`,
  ],
  ['drop table enterprise'],
);
