/** accounts: users, roles and province scope, sessions, log-in throttling. */
export type { AccountsTables } from './accounts.tables';
export { createUser, updateUser, login, authenticate, listUsers, hasDemoData } from './accounts.service';
export { sessionMiddleware, SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } from './accounts.middleware';
export { accountsRoutes } from './accounts.routes';
import m0010 from './migrations/20261122_0010_accounts';
/** Migrations of the module, by name. */
export const accountsMigrations = { '20261122_0010_accounts': m0010 };
