import { z } from 'zod';
import type { RouteDef } from './route';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    description: typeof prop.description === 'string' ? prop.description : undefined,
    schema: prop,
  }));
}

const ERROR = {
  description: 'Error: `{ "error": { "code", "message", "details" } }`',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
            required: ['code', 'message'],
          },
        },
      },
    },
  },
};

/** Builds the OpenAPI 3.1 document from the route definitions (schemas, roles and scope rules included). */
export function buildOpenApi(routes: RouteDef<any, any, any, any>[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const access = route.access;
    const roles = 'public' in access ? 'public' : access.roles.join(', ');
    const scope = 'public' in access ? 'none' : typeof access.scope === 'function' ? 'province of the request' : access.scope;
    const body =
      route.body === 'multipart'
        ? { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } }
        : route.body
          ? { required: true, content: { 'application/json': { schema: toSchema(route.body) } } }
          : undefined;
    const ok = route.produces
      ? { description: 'OK', content: Object.fromEntries(route.produces.map((type) => [type, {}])) }
      : route.response
        ? { description: 'OK', content: { 'application/json': { schema: toSchema(route.response) } } }
        : { description: 'OK' };
    (paths[path] ??= {})[route.method] = {
      summary: route.summary,
      description: `Roles: ${roles}. Scope: ${scope}.`,
      tags: route.tags,
      'x-roles': roles,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(body ? { requestBody: body } : {}),
      responses: { '200': ok, '400': ERROR, '401': ERROR, '403': ERROR, '404': ERROR, '409': ERROR },
    };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'congthuong API. Cookie session; state-changing requests need the X-CSRF-Token header.' },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ct_session' } } },
    security: [{ session: [] }],
    paths,
  };
}

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** A readable, dependency-free HTML reference page rendered from the OpenAPI document. */
export function renderApiReference(doc: ReturnType<typeof buildOpenApi>): string {
  const sections = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const o = op as { summary: string; description: string; tags: string[]; parameters: unknown[]; requestBody?: unknown };
        return `<section><h2><code class="m">${method.toUpperCase()}</code> <code>${escape(path)}</code></h2>
<p>${escape(o.summary)}</p><p class="d">${escape(o.description)}</p>
${o.parameters.length ? `<details><summary>Parameters</summary><pre>${escape(JSON.stringify(o.parameters, null, 2))}</pre></details>` : ''}
${o.requestBody ? `<details><summary>Request body</summary><pre>${escape(JSON.stringify(o.requestBody, null, 2))}</pre></details>` : ''}</section>`;
      }),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>congthuong API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem}section{border-top:1px solid #ddd;padding:.5rem 0}
h2{font-size:1rem}.m{background:#1c7ed6;color:#fff;padding:0 .3rem;border-radius:3px}.d{color:#555}pre{background:#f6f8fa;padding:.5rem;overflow:auto}</style>
</head><body><h1>congthuong API ${escape(doc.info.version)}</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Errors: <code>{"error":{"code","message","details"}}</code>. Log in with <code>POST /api/auth/login</code>; send <code>X-CSRF-Token</code> on every state-changing request.</p>
${sections}</body></html>`;
}
