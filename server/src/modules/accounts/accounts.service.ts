import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../database';
import type { Actor, Role } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './accounts.repository';
import { DUMMY_HASH, hashPassword, verifyPassword } from './accounts.password';
import type { DataVersions } from '../../db/data-version';

/** Sessions last 12 hours (a working day and then some). */
export const SESSION_HOURS = 12;
/** Failed logins allowed per username within the window before a temporary lockout. */
export const MAX_FAILURES = 5;
/** Failed logins allowed per client address within the window. */
export const MAX_FAILURES_PER_IP = 30;
/** The throttling window and lockout length. */
export const LOCKOUT_MINUTES = 15;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function checkThrottle(db: Db, username: string, ip: string | null) {
  const since = new Date(Date.now() - LOCKOUT_MINUTES * 60_000);
  const byUser = await repo.recentFailures(db, { username }, since);
  const byIp = ip ? await repo.recentFailures(db, { ip }, since) : [];
  const over = byUser.length >= MAX_FAILURES ? byUser.at(-MAX_FAILURES) : byIp.length >= MAX_FAILURES_PER_IP ? byIp.at(-MAX_FAILURES_PER_IP) : undefined;
  if (over) {
    const retryAfterSeconds = Math.max(1, Math.ceil((over.getTime() + LOCKOUT_MINUTES * 60_000 - Date.now()) / 1000));
    throw new AppError('too_many_attempts', 'Too many failed log-in attempts; try again later', { retryAfterSeconds });
  }
}

/** Checks credentials (with throttling) and opens a session; returns the session token and CSRF token. */
export async function login(db: Db, username: string, password: string, ip: string | null) {
  await checkThrottle(db, username, ip);
  const user = await repo.findUserForLogin(db, username);
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok || !user.active) {
    await repo.insertLoginAttempt(db, { username, ip, succeeded: false });
    throw new AppError('invalid_credentials', 'Wrong username or password');
  }
  await repo.insertLoginAttempt(db, { username, ip, succeeded: true });
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await repo.insertSession(db, { id: sha256(token), user_id: user.id, csrf_token: csrfToken, expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000) });
  return { token, csrfToken, userId: user.id };
}

/** The actor behind a session token, or null when the token is unknown, expired or the user disabled. */
export async function authenticate(db: Db, token: string): Promise<Actor | null> {
  return (await authenticateWithVersions(db, token))?.actor ?? null;
}

/** The actor of a session token, and the data versions of its provinces read in the same query (see db/data-version.ts). */
export async function authenticateWithVersions(db: Db, token: string): Promise<{ actor: Actor; dataVersions: DataVersions } | null> {
  const row = await repo.findSession(db, sha256(token));
  if (!row || !row.active) return null;
  const actor: Actor = {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scope: row.scope,
    reporterFor: row.reporter_kind && row.reporter_id ? { kind: row.reporter_kind, id: row.reporter_id } : null,
    language: row.language,
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
  return { actor, dataVersions: row.data_versions ?? {} };
}

/** Ends a session. */
export async function logout(db: Db, actor: Actor) {
  await repo.deleteSessions(db, { id: actor.sessionId });
}

/** The fields of a user shown to clients. */
export function toUserResponse(u: NonNullable<Awaited<ReturnType<typeof repo.findUserById>>>) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    scope: u.scope,
    language: u.language,
    active: u.active,
    demo: u.demo,
    reporterFor: u.reporter_kind ? { kind: u.reporter_kind, id: u.reporter_id } : null,
  };
}

/** Users, for administrators. */
export async function listUsers(db: Db) {
  return (await repo.listUsers(db)).map(toUserResponse);
}

/** New user input. */
export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  scope: string[];
  password: string;
  reporterFor?: { kind: 'enterprise' | 'cluster'; id: string } | null;
  demo?: boolean;
  language?: 'vi' | 'en';
};

/** Creates a user (audited). */
export async function createUser(db: Db, actor: Pick<Actor, 'userId' | 'username'> | null, input: NewUser) {
  return db.transaction().execute(async (trx) => {
    if (await repo.findUserForLogin(trx, input.username)) throw new AppError('conflict', `The username ${input.username} is taken`, { field: 'username' });
    const id = await repo.insertUser(trx, {
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password),
      role: input.role,
      scope: input.scope,
      reporter_kind: input.reporterFor?.kind ?? null,
      reporter_id: input.reporterFor?.id ?? null,
      demo: input.demo ?? false,
      language: input.language ?? 'vi',
    });
    const user = toUserResponse((await repo.findUserById(trx, id))!);
    await recordAudit(trx, actor, { entity: 'user_account', entityId: id, action: 'create', before: null, after: user });
    return user;
  });
}

/** Changes a user (audited); a new password or disabling ends the user's sessions. */
export async function updateUser(
  db: Db,
  actor: Pick<Actor, 'userId' | 'username'>,
  id: string,
  patch: { displayName?: string; role?: Role; scope?: string[]; active?: boolean; password?: string; language?: 'vi' | 'en' },
) {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findUserById(trx, id);
    if (!before) throw new AppError('not_found', `No user ${id}`);
    await repo.updateUser(trx, id, {
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.scope !== undefined ? { scope: patch.scope } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      ...(patch.language !== undefined ? { language: patch.language } : {}),
      ...(patch.password !== undefined ? { password_hash: await hashPassword(patch.password) } : {}),
    });
    if (patch.password !== undefined || patch.active === false) await repo.deleteSessions(trx, { userId: id });
    const after = toUserResponse((await repo.findUserById(trx, id))!);
    await recordAudit(trx, actor, {
      entity: 'user_account',
      entityId: id,
      action: 'update',
      before: toUserResponse(before),
      after: { ...after, ...(patch.password ? { password: 'changed' } : {}) },
    });
    return after;
  });
}

/** True when demo accounts exist (the UI then marks its data as demo data). */
export async function hasDemoData(db: Db): Promise<boolean> {
  const row = await db.selectFrom('user_account').select('id').where('demo', '=', true).limit(1).executeTakeFirst();
  return Boolean(row);
}
