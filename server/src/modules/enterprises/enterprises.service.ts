import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { provincesInScope } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './enterprises.repository';
import { parseTaxCode } from './enterprises.tax-code';
import { containsPattern, normaliseSearch } from './enterprises.text';
import type { CreateEnterpriseInput, ListEnterprisesQuery, UpdateEnterpriseInput } from './enterprises.schemas';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findEnterprise>>>;

/** An enterprise as the API returns it. */
export type Enterprise = ReturnType<typeof toEnterpriseResponse>;

/** Shapes an enterprise row for clients. */
export function toEnterpriseResponse(r: Row) {
  return {
    taxCode: r.tax_code,
    name: r.name,
    vsic: r.vsic,
    ownership: r.ownership,
    address: r.address,
    communeCode: r.commune_code,
    provinceCode: r.province_code,
    contactName: r.contact_name,
    phone: r.phone,
    email: r.email,
    status: r.status,
    demo: r.demo,
  };
}

/** The normalised text the search matches: name, tax code and address. */
export function searchTextOf(e: { taxCode: string; name: string; address?: string | null }): string {
  return normaliseSearch([e.name, e.taxCode, e.address ?? ''].join(' '));
}

/** Canonical tax code, or a validation error naming the problem in both languages. */
export function requireTaxCode(raw: string): string {
  const parsed = parseTaxCode(raw);
  if (!parsed.ok)
    throw new AppError('validation_failed', parsed.problem.en, { fields: [{ path: 'taxCode', message: parsed.problem.en, vi: parsed.problem.vi }] });
  return parsed.taxCode;
}

/** A reporter sees only the enterprise it reports for; anything else is "not found" to it. */
export function assertReporterOwns(actor: Actor, taxCode: string) {
  if (actor.role !== 'reporter') return;
  if (actor.reporterFor?.kind !== 'enterprise' || actor.reporterFor.id !== taxCode) throw new AppError('not_found', `No enterprise ${taxCode}`);
}

/** Enterprises in the actor's scope (one province when asked), searched ignoring accents and case. */
export async function findEnterprises(db: Db, actor: Actor, q: ListEnterprisesQuery) {
  const provinces = q.orgunit ? provincesInScope(actor, [q.orgunit]) : actor.scope.includes('*') ? null : actor.scope;
  const { rows, total } = await repo.listEnterprises(db, {
    provinces,
    ...(q.q?.trim() ? { pattern: containsPattern(q.q) } : {}),
    ...(q.ownership ? { ownership: q.ownership } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.communeCode ? { communeCode: q.communeCode } : {}),
    limit: q.limit,
    offset: q.offset,
  });
  return { items: rows.map(toEnterpriseResponse), total };
}

/** One enterprise of a province (404 when it belongs to another province, or to another reporter). */
export async function getEnterprise(db: Db, actor: Actor, province: string, rawTaxCode: string) {
  const taxCode = requireTaxCode(rawTaxCode);
  assertReporterOwns(actor, taxCode);
  const row = await repo.findEnterprise(db, taxCode);
  if (!row || row.province_code !== province) throw new AppError('not_found', `No enterprise ${taxCode} in province ${province}`);
  return toEnterpriseResponse(row);
}

/** Enterprises by tax code, for other modules (no scope: the caller has checked it). */
export async function enterprisesByTaxCode(db: Db, taxCodes: readonly string[]): Promise<Map<string, Enterprise>> {
  const rows = await repo.findEnterprisesByTaxCodes(db, [...new Set(taxCodes)]);
  return new Map(rows.map((r) => [r.tax_code, toEnterpriseResponse(r)]));
}

/** Creates an enterprise in a province (audited); a tax code already registered is a conflict. */
export async function createEnterprise(
  db: Db,
  actor: Pick<Actor, 'userId' | 'username'> | null,
  province: string,
  input: CreateEnterpriseInput & { demo?: boolean },
) {
  const taxCode = requireTaxCode(input.taxCode);
  return db.transaction().execute(async (trx) => {
    const existing = await repo.findEnterprise(trx, taxCode);
    if (existing) throw new AppError('conflict', `Tax code ${taxCode} is already registered (province ${existing.province_code})`, { field: 'taxCode' });
    await repo.insertEnterprise(trx, {
      ...toRow(input),
      tax_code: taxCode,
      province_code: province,
      search_text: searchTextOf({ ...input, taxCode }),
      demo: input.demo ?? false,
    });
    const created = toEnterpriseResponse((await repo.findEnterprise(trx, taxCode))!);
    await recordAudit(trx, actor, { entity: 'enterprise', entityId: taxCode, action: 'create', provinceCode: province, before: null, after: created });
    return created;
  });
}

/** Changes an enterprise of a province (audited); the tax code and province do not change. */
export async function updateEnterprise(
  db: Db,
  actor: Pick<Actor, 'userId' | 'username'> | null,
  province: string,
  rawTaxCode: string,
  patch: UpdateEnterpriseInput,
) {
  const taxCode = requireTaxCode(rawTaxCode);
  return db.transaction().execute(async (trx) => {
    const before = await repo.findEnterprise(trx, taxCode);
    if (!before || before.province_code !== province) throw new AppError('not_found', `No enterprise ${taxCode} in province ${province}`);
    const merged = { ...toEnterpriseResponse(before), ...definedOnly(patch) };
    await repo.updateEnterprise(trx, taxCode, { ...toRow(merged), search_text: searchTextOf(merged) });
    const after = toEnterpriseResponse((await repo.findEnterprise(trx, taxCode))!);
    await recordAudit(trx, actor, {
      entity: 'enterprise',
      entityId: taxCode,
      action: 'update',
      provinceCode: province,
      before: toEnterpriseResponse(before),
      after,
    });
    return after;
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Columns from API fields. */
export function toRow(e: Omit<UpdateEnterpriseInput, 'name' | 'ownership'> & { name: string; ownership: Enterprise['ownership'] }) {
  return {
    name: e.name,
    vsic: e.vsic ?? null,
    ownership: e.ownership,
    address: e.address ?? null,
    commune_code: e.communeCode ?? null,
    contact_name: e.contactName ?? null,
    phone: e.phone ?? null,
    email: e.email ?? null,
    status: e.status ?? 'active',
  };
}
