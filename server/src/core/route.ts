import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Actor, Role } from './access';
import type { DataVersions } from '../db/data-version';
import { coversProvinces } from './access';
import { AppError } from './errors';

/** Parsed request input handed to a handler. */
export type RouteInput<P, Q, B> = { params: P; query: Q; body: B };

/** What a handler receives: the database, the actor (null on public routes), the parsed input. */
export type RouteContext<D, P, Q, B> = {
  deps: D;
  actor: Actor | null;
  input: RouteInput<P, Q, B>;
  c: Context;
  requestId: string;
  /** The data versions of the actor's provinces, read with the session (null on requests without one). */
  dataVersions: DataVersions | null;
};

/**
 * Who may call a route. `scope` says how the province scope is enforced:
 * - a function returning the unit references the request touches (each must be in the actor's scope, else 403);
 * - 'filtered': the service restricts its answer to the actor's scope itself;
 * - 'global': data that belongs to no province (catalogues), or administration;
 * - 'self': the actor's own account.
 */
export type Access<P, Q, B> =
  | { public: true }
  | {
      roles: readonly Role[];
      scope: ((input: RouteInput<P, Q, B>, actor: Actor) => string[] | Promise<string[]>) | 'filtered' | 'global' | 'self';
    };

/** A request that exercises a route for the access-matrix test, built for a given province code. */
export type RouteExample = (province: string) => { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

/** One API route: method, path, schemas, access rule and handler. */
export type RouteDef<D, P = unknown, Q = unknown, B = unknown> = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tags: string[];
  access: Access<P, Q, B>;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B> | 'multipart';
  response?: z.ZodType;
  /** Non-JSON responses (files) for the OpenAPI document. */
  produces?: string[];
  /** The largest JSON body accepted, in bytes (default {@link DEFAULT_MAX_BODY_BYTES}); multipart uploads have their own limits. */
  maxBodyBytes?: number;
  example?: RouteExample;
  handler: (ctx: RouteContext<D, P, Q, B>) => Promise<unknown> | unknown;
};

/** The body limit of a JSON route that declares none: ample for any form, far from what could exhaust memory. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Refuses a JSON body over the route's limit while it streams in (413), before it is read or parsed. */
function jsonBodyLimit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `The request is larger than ${formatMiB(maxSize)}: send less at once (split the file or the selection)`, {
        limitBytes: maxSize,
      });
    },
  });
}

const formatMiB = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

/** Identity helper that infers a route's input types from its schemas. */
export function defineRoute<D, P = unknown, Q = unknown, B = unknown>(def: RouteDef<D, P, Q, B>): RouteDef<D, P, Q, B> {
  return def;
}

/** Resolves unit references (e.g. `19@2023-05-31`) to the current province codes that contain them. */
export type ScopeResolver = (refs: string[]) => Promise<string[]>;

function fieldErrors(error: z.ZodError, where: string) {
  return error.issues.map((issue) => ({ path: [where, ...issue.path.map(String)].join('.'), message: issue.message, code: issue.code }));
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('validation_failed', `Invalid ${where}`, { fields: fieldErrors(result.error, where) });
  }
  return result.data;
}

function readQuery(c: Context): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, values] of Object.entries(c.req.queries())) out[key] = values.length === 1 ? values[0]! : values;
  return out;
}

async function readBody(c: Context, kind: RouteDef<unknown>['body']): Promise<unknown> {
  if (!kind) return undefined;
  if (kind === 'multipart') return c.req.parseBody({ all: true });
  const text = await c.req.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'The request body is not valid JSON', { fields: [{ path: 'body', message: 'invalid JSON' }] });
  }
}

/** The path of the first string (or uploaded file name) holding a NUL character, which PostgreSQL text cannot store. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value instanceof File) return value.name.includes('\u0000') ? `${path}.name` : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulPath(v, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(k, `${path}.${k}`) ?? nulPath(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** Where in a text the first NUL is, for texts of several lines (an uploaded CSV): "at line 3, character 7". */
function nulPosition(value: unknown): string {
  if (typeof value !== 'string' || !value.includes('\n')) return '';
  const before = value.slice(0, value.indexOf('\u0000')).split('\n');
  return ` at line ${before.length}, character ${before.at(-1)!.length + 1}`;
}

function refuseNul(raw: Record<'params' | 'query' | 'body', unknown>) {
  for (const [where, value] of Object.entries(raw)) {
    const path = nulPath(value, where);
    if (!path) continue;
    const text = path
      .split('.')
      .slice(1)
      .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
    throw new AppError('validation_failed', `Invalid ${where}`, {
      fields: [{ path, message: `contains a NUL character (U+0000)${nulPosition(text)}, which cannot be stored` }],
    });
  }
}

/** Mounts route definitions on a Hono app, enforcing authentication, role, validation and scope in that order. */
export function mountRoutes<D>(app: Hono, routes: RouteDef<D, any, any, any>[], deps: D, resolveScope: ScopeResolver) {
  for (const route of routes) {
    if (route.body && route.body !== 'multipart') app.on(route.method.toUpperCase(), route.path, jsonBodyLimit(route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const actor = (c.get('actor' as never) as Actor | null) ?? null;
      const access = route.access;
      if (!('public' in access)) {
        if (!actor) throw new AppError('unauthenticated', 'Log in first');
        if (!access.roles.includes(actor.role)) throw new AppError('forbidden', `The role ${actor.role} may not do this`);
      }
      const raw = { params: c.req.param(), query: readQuery(c), body: await readBody(c, route.body) };
      refuseNul(raw);
      const input = {
        params: parse(route.params, raw.params, 'params'),
        query: parse(route.query, raw.query, 'query'),
        body: route.body === 'multipart' ? raw.body : parse(route.body, raw.body, 'body'),
      };
      if (!('public' in access) && typeof access.scope === 'function' && actor) {
        const codes = await resolveScope(await access.scope(input, actor));
        if (!coversProvinces(actor, codes)) throw new AppError('forbidden', 'Outside your province scope');
      }
      const dataVersions = (c.get('dataVersions' as never) as DataVersions | null | undefined) ?? null;
      const result = await route.handler({ deps, actor, input, c, requestId: String(c.get('requestId' as never)), dataVersions });
      if (result instanceof Response) return result;
      if (result === undefined) return c.body(null, 204);
      return c.json(result as object);
    });
  }
}
