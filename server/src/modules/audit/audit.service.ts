import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { provincesInScope } from '../../core/access';

/** One change to record. */
export type AuditEntry = {
  entity: string;
  entityId: string;
  action: string;
  provinceCode?: string | null;
  before: unknown;
  after: unknown;
};

/** Records a change; call it with the transaction that makes the change. */
export async function recordAudit(trx: Db, actor: Pick<Actor, 'userId' | 'username'> | null, entry: AuditEntry) {
  await trx
    .insertInto('audit_log')
    .values({
      user_id: actor?.userId ?? null,
      username: actor?.username ?? 'system',
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      province_code: entry.provinceCode ?? null,
      before: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** The audit trail, newest first, limited to entries in the actor's scope (or of no province). */
export async function listAudit(db: Db, actor: Actor, q: { entity?: string; entityId?: string; limit: number; offset: number }) {
  let query = db.selectFrom('audit_log');
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (!actor.scope.includes('*')) {
    const scope = provincesInScope(actor, actor.scope);
    query = query.where((eb) => eb.or([eb('province_code', 'is', null), eb('province_code', 'in', scope.length ? scope : ['-'])]));
  }
  const [rows, count] = await Promise.all([
    query
      .select(['id', 'at', 'username', 'entity', 'entity_id', 'action', 'province_code', 'before', 'after'])
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      username: r.username,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      provinceCode: r.province_code,
      before: r.before,
      after: r.after,
    })),
    total: Number(count.n),
  };
}
