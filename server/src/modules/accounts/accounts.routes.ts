import { setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { z } from 'zod';
import { defineRoute } from '../../core/route';
import { ADMINS, ROLES, type Actor } from '../../core/access';
import type { AppDeps } from '../../app.types';
import * as service from './accounts.service';
import { CSRF_COOKIE, SESSION_COOKIE } from './accounts.middleware';
import { createUserSchema, loginSchema, preferencesSchema, updateUserSchema } from './accounts.schemas';

function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

function cookieOptions(c: Context, httpOnly: boolean) {
  const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  return { httpOnly, sameSite: 'Lax' as const, path: '/', secure, maxAge: service.SESSION_HOURS * 3600 };
}

async function me(deps: AppDeps, actor: Actor) {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    scope: actor.scope,
    reporterFor: actor.reporterFor,
    language: actor.language,
    modules: deps.modules,
    demo: await service.hasDemoData(deps.db),
  };
}

/** Routes of the accounts module: log-in, session, preferences, user administration. */
export const accountsRoutes = [
  defineRoute<AppDeps, unknown, unknown, z.infer<typeof loginSchema>>({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Logs in with username and password; sets the session and CSRF cookies',
    tags: ['auth'],
    access: { public: true },
    body: loginSchema,
    handler: async ({ deps, input, c }) => {
      const session = await service.login(deps.db, input.body.username, input.body.password, clientIp(c));
      setCookie(c, SESSION_COOKIE, session.token, cookieOptions(c, true));
      setCookie(c, CSRF_COOKIE, session.csrfToken, cookieOptions(c, false));
      const actor = await service.authenticate(deps.db, session.token);
      return { user: await me(deps, actor!), csrfToken: session.csrfToken };
    },
  }),
  defineRoute<AppDeps>({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Ends the session',
    tags: ['auth'],
    access: { roles: ROLES, scope: 'self' },
    example: () => ({}),
    handler: async ({ deps, actor, c }) => {
      await service.logout(deps.db, actor!);
      setCookie(c, SESSION_COOKIE, '', { ...cookieOptions(c, true), maxAge: 0 });
      setCookie(c, CSRF_COOKIE, '', { ...cookieOptions(c, false), maxAge: 0 });
      return undefined;
    },
  }),
  defineRoute<AppDeps>({
    method: 'get',
    path: '/api/auth/me',
    summary: 'The logged-in user, with the enabled modules',
    tags: ['auth'],
    access: { roles: ROLES, scope: 'self' },
    example: () => ({}),
    handler: ({ deps, actor }) => me(deps, actor!),
  }),
  defineRoute<AppDeps, unknown, unknown, z.infer<typeof preferencesSchema>>({
    method: 'put',
    path: '/api/auth/me/preferences',
    summary: "Saves the user's language",
    tags: ['auth'],
    access: { roles: ROLES, scope: 'self' },
    body: preferencesSchema,
    example: () => ({ body: { language: 'en' } }),
    handler: async ({ deps, actor, input }) => {
      await service.updateUser(deps.db, actor!, actor!.userId, { language: input.body.language });
      return me(deps, { ...actor!, language: input.body.language });
    },
  }),
  defineRoute<AppDeps>({
    method: 'get',
    path: '/api/users',
    summary: 'Lists users',
    tags: ['users'],
    access: { roles: ADMINS, scope: 'global' },
    example: () => ({}),
    handler: async ({ deps }) => {
      const items = await service.listUsers(deps.db);
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, unknown, unknown, z.infer<typeof createUserSchema>>({
    method: 'post',
    path: '/api/users',
    summary: 'Creates a user',
    tags: ['users'],
    access: { roles: ADMINS, scope: 'global' },
    body: createUserSchema,
    example: (p) => ({
      body: {
        username: `matrix.${p}.${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'Matrix',
        role: 'viewer',
        scope: [p],
        password: 'matrix-password',
      },
    }),
    handler: ({ deps, actor, input }) => service.createUser(deps.db, actor, input.body),
  }),
  defineRoute<AppDeps, { id: string }, unknown, z.infer<typeof updateUserSchema>>({
    method: 'put',
    path: '/api/users/:id',
    summary: "Changes a user's name, role, scope, status or password",
    tags: ['users'],
    access: { roles: ADMINS, scope: 'global' },
    params: z.object({ id: z.string().regex(/^\d+$/) }),
    body: updateUserSchema,
    example: () => ({ params: { id: '1' }, body: { displayName: 'Quản trị' } }),
    handler: ({ deps, actor, input }) => service.updateUser(deps.db, actor!, input.params.id, input.body),
  }),
];
