import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../database';
import type { EnterprisesTables, EnterpriseStatus, Ownership } from './enterprises.tables';

type EnterpriseTable = EnterprisesTables['enterprise'];

const columns = [
  'tax_code',
  'name',
  'vsic',
  'ownership',
  'address',
  'commune_code',
  'province_code',
  'contact_name',
  'phone',
  'email',
  'status',
  'demo',
  'created_at',
  'updated_at',
] as const;

/** One enterprise by tax code. */
export function findEnterprise(db: Db, taxCode: string) {
  return db.selectFrom('enterprise').select(columns).where('tax_code', '=', taxCode).executeTakeFirst();
}

/** Enterprises by tax codes. */
export function findEnterprisesByTaxCodes(db: Db, taxCodes: readonly string[]) {
  if (taxCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('enterprise')
    .select(columns)
    .where('tax_code', 'in', [...taxCodes])
    .execute();
}

/** Filters of the enterprise list, already restricted to provinces. */
export type EnterpriseFilter = {
  /** Province codes to include; null means every province. */
  provinces: string[] | null;
  pattern?: string;
  ownership?: Ownership;
  status?: EnterpriseStatus;
  communeCode?: string;
  limit: number;
  offset: number;
};

/** A page of enterprises matching the filter, by name, with the total count. */
export async function listEnterprises(db: Db, f: EnterpriseFilter) {
  let q = db.selectFrom('enterprise');
  if (f.provinces) q = q.where('province_code', 'in', f.provinces.length ? f.provinces : ['--']);
  if (f.pattern) q = q.where('search_text', 'like', f.pattern);
  if (f.ownership) q = q.where('ownership', '=', f.ownership);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.communeCode) q = q.where('commune_code', '=', f.communeCode);
  const [rows, count] = await Promise.all([
    q.select(columns).orderBy('name').orderBy('tax_code').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Inserts an enterprise. */
export function insertEnterprise(db: Db, row: Insertable<EnterpriseTable>) {
  return db.insertInto('enterprise').values(row).execute();
}

/** Updates an enterprise. */
export function updateEnterprise(db: Db, taxCode: string, patch: Updateable<EnterpriseTable>) {
  return db
    .updateTable('enterprise')
    .set({ ...patch, updated_at: sql`now()` })
    .where('tax_code', '=', taxCode)
    .execute();
}
