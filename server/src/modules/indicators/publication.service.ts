import type { Db } from '../../database';
import type { Actor, Role } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { exactRef, resolveOrgunits, type ResolvedOrgunit } from './figures.units';
import { parsePeriodField } from './indicators.errors';
import * as repo from './publication.repository';

/** Who writes: enough of the actor for the publication rules (null = the system: CLI, seed). */
export type Writer = (Pick<Actor, 'userId' | 'username'> & { role?: Role }) | null;

/** A published month: when and by whom. */
export type PublishedMonth = { period: string; publishedAt: Date; publishedBy: string | null; reason: string | null };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthField(period: string) {
  const p = parsePeriodField(period);
  if (p.kind !== 'month')
    throw new AppError('validation_failed', 'Only a month (YYYY-MM) is published', { fields: [{ path: 'period', message: 'a month YYYY-MM' }] });
  return p;
}

async function unitOf(db: Db, orgunit: string): Promise<ResolvedOrgunit> {
  return (await resolveOrgunits(db, [orgunit]))[0]!;
}

/** The months of some years a unit has published now (latest action = publish), by period. */
export async function publishedMonths(db: Db, q: { unitId: string; provinceCodes: string[]; years: number[] }): Promise<Map<string, PublishedMonth>> {
  const rows = await repo.findLatestActions(db, q);
  return new Map(
    rows
      .filter((r) => r.action === 'publish')
      .map((r) => [r.period, { period: r.period, publishedAt: r.recorded_at, publishedBy: r.display_name ?? r.username ?? null, reason: r.reason }]),
  );
}

/**
 * The published months among some figure keys, as `unitId|period`: one query per unit. For writers that do not go
 * through saveFigure (the XLSX import; bulk paths should call it too) to apply the same lock.
 */
export async function lockedMonths(db: Db, keys: readonly (repo.MonthKey & { provinceCodes?: readonly string[] })[]): Promise<Set<string>> {
  const out = new Set<string>();
  const units = new Map<string, { provinceCodes: string[]; years: Set<number> }>();
  for (const k of keys) {
    if (!MONTH.test(k.period)) continue;
    const u = units.get(k.unitId) ?? { provinceCodes: [], years: new Set<number>() };
    for (const code of k.provinceCodes ?? [k.provinceCode]) if (!u.provinceCodes.includes(code)) u.provinceCodes.push(code);
    u.years.add(Number(k.period.slice(0, 4)));
    units.set(k.unitId, u);
  }
  for (const [unitId, u] of units) {
    for (const period of (await publishedMonths(db, { unitId, provinceCodes: u.provinceCodes, years: [...u.years] })).keys()) out.add(`${unitId}|${period}`);
  }
  return out;
}

/** Whether one stored month is published now (aggregates such as quarters are never locked). */
export async function findPublication(db: Db, key: repo.MonthKey) {
  if (!MONTH.test(key.period)) return null;
  const latest = await repo.findLatestAction(db, key);
  return latest?.action === 'publish' ? latest : null;
}

/**
 * The rule of a published month: changing one of its figures needs a director and a reason (kept on the
 * vintage). A non-director gets 403 `forbidden` (details.rule 'month_published'); a director without a
 * reason gets 409 `conflict` (details.rule 'reason_required'). The system (CLI) needs only the reason.
 */
export async function assertFigureWritable(db: Db, actor: Writer, key: repo.MonthKey, reason: string | null | undefined) {
  const published = await findPublication(db, key);
  if (!published) return;
  const details = { rule: 'month_published', period: key.period, publishedAt: published.recorded_at };
  if (actor && actor.role !== 'director') {
    throw new AppError('forbidden', `${key.period} is published: only a director may change its figures, giving a reason`, details);
  }
  if (!reason?.trim()) {
    throw new AppError('conflict', `${key.period} is published: give the reason for changing it`, {
      ...details,
      rule: 'reason_required',
      fields: [{ path: 'reason', message: 'required to change a published month' }],
    });
  }
}

/** Publishes a unit's month (director): its figures are then locked. Publishing a published month changes nothing. */
export async function publishMonth(db: Db, actor: Writer, q: { orgunit: string; period: string; reason?: string | null }) {
  const period = monthField(q.period);
  const o = await unitOf(db, q.orgunit);
  const key = { provinceCode: o.provinceCodes[0]!, unitId: o.unit.id, period: period.key };
  return db.transaction().execute(async (trx) => {
    const current = await findPublication(trx, key);
    if (current) return { changed: false, orgunit: exactRef(o.unit), period: key.period, published: true, publishedAt: current.recorded_at };
    const row = await repo.insertAction(trx, { ...key, year: period.year, action: 'publish', reason: q.reason?.trim() || null, userId: actor?.userId ?? null });
    await recordAudit(trx, actor, {
      entity: 'month_publication',
      entityId: `${key.unitId}|${key.period}`,
      action: 'publish',
      provinceCode: key.provinceCode,
      before: null,
      after: { period: key.period, reason: q.reason ?? null },
    });
    return { changed: true, orgunit: exactRef(o.unit), period: key.period, published: true, publishedAt: row.recorded_at };
  });
}

/** Unpublishes a month (director, with a reason): its figures can be edited again. An unpublished month changes nothing. */
export async function unpublishMonth(db: Db, actor: Writer, q: { orgunit: string; period: string; reason: string }) {
  const period = monthField(q.period);
  if (!q.reason.trim()) throw new AppError('validation_failed', 'Give the reason for unpublishing', { fields: [{ path: 'reason', message: 'required' }] });
  const o = await unitOf(db, q.orgunit);
  const key = { provinceCode: o.provinceCodes[0]!, unitId: o.unit.id, period: period.key };
  return db.transaction().execute(async (trx) => {
    if (!(await findPublication(trx, key))) return { changed: false, orgunit: exactRef(o.unit), period: key.period, published: false };
    await repo.insertAction(trx, { ...key, year: period.year, action: 'unpublish', reason: q.reason.trim(), userId: actor?.userId ?? null });
    await recordAudit(trx, actor, {
      entity: 'month_publication',
      entityId: `${key.unitId}|${key.period}`,
      action: 'unpublish',
      provinceCode: key.provinceCode,
      before: { published: true },
      after: { period: key.period, reason: q.reason },
    });
    return { changed: true, orgunit: exactRef(o.unit), period: key.period, published: false };
  });
}

/** The published months of a unit and year, and every publish/unpublish action of that year (newest first). */
export async function listPublications(db: Db, q: { orgunit: string; year: number }) {
  const o = await unitOf(db, q.orgunit);
  const scope = { unitId: o.unit.id, provinceCodes: o.provinceCodes };
  const [published, history] = await Promise.all([publishedMonths(db, { ...scope, years: [q.year] }), repo.findActions(db, { ...scope, year: q.year })]);
  const items = [...published.values()].sort((a, b) => a.period.localeCompare(b.period));
  return {
    orgunit: exactRef(o.unit),
    year: q.year,
    items,
    total: items.length,
    history: history.map((h) => ({ period: h.period, action: h.action, reason: h.reason, at: h.recorded_at, by: h.display_name ?? h.username ?? null })),
  };
}
