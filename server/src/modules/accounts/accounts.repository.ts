import { sql } from 'kysely';
import type { Db } from '../../database';
import type { AccountsTables } from './accounts.tables';
import type { Insertable, Updateable } from 'kysely';
import { dataVersionsOfScope } from '../../db/data-version';

const userColumns = ['id', 'username', 'display_name', 'role', 'scope', 'reporter_kind', 'reporter_id', 'language', 'active', 'demo'] as const;

/** A user by username, with the password hash. */
export function findUserForLogin(db: Db, username: string) {
  return db
    .selectFrom('user_account')
    .select([...userColumns, 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** A user by id. */
export function findUserById(db: Db, id: string) {
  return db.selectFrom('user_account').select(userColumns).where('id', '=', id).executeTakeFirst();
}

/** All users, by username. */
export function listUsers(db: Db) {
  return db.selectFrom('user_account').select(userColumns).orderBy('username').execute();
}

/** Inserts a user and returns its id. */
export async function insertUser(db: Db, row: Insertable<AccountsTables['user_account']>) {
  const { id } = await db.insertInto('user_account').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Updates a user. */
export function updateUser(db: Db, id: string, patch: Updateable<AccountsTables['user_account']>) {
  return db
    .updateTable('user_account')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** A live session with its user, and the data versions of the user's provinces (for answers kept in memory). */
export function findSession(db: Db, sessionId: string) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('user_account as u', 'u.id', 's.user_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.scope',
      'u.reporter_kind',
      'u.reporter_id',
      'u.language',
      'u.active',
      dataVersionsOfScope('u.scope').as('data_versions'),
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

/** Stores a session. */
export function insertSession(db: Db, row: { id: string; user_id: string; csrf_token: string; expires_at: Date }) {
  return db.insertInto('user_session').values(row).execute();
}

/** Deletes a session (log out), or all of a user's sessions. */
export function deleteSessions(db: Db, by: { id?: string; userId?: string }) {
  let q = db.deleteFrom('user_session');
  if (by.id) q = q.where('id', '=', by.id);
  if (by.userId) q = q.where('user_id', '=', by.userId);
  return q.execute();
}

/** Records a login attempt. */
export function insertLoginAttempt(db: Db, row: { username: string; ip: string | null; succeeded: boolean }) {
  return db.insertInto('login_attempt').values(row).execute();
}

/** Failed attempts for a username (or an IP) since a time and since the last success, oldest first. */
export async function recentFailures(db: Db, by: { username?: string; ip?: string }, since: Date) {
  let q = db.selectFrom('login_attempt').select(['at', 'succeeded']).where('at', '>', since);
  if (by.username) q = q.where('username', '=', by.username);
  if (by.ip) q = q.where('ip', '=', by.ip);
  const rows = await q.orderBy('at', 'asc').execute();
  const lastSuccess = rows.map((r) => r.succeeded).lastIndexOf(true);
  return rows.slice(lastSuccess + 1).map((r) => r.at);
}
