import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { randomUUID } from 'node:crypto';
import { AppError, toErrorBody } from './core/errors';
import { logger } from './core/logger';
import { mountRoutes, type RouteDef } from './core/route';
import { buildOpenApi, renderApiReference } from './core/openapi';
import type { AppDeps } from './app.types';
import { accountsRoutes, sessionMiddleware } from './modules/accounts';
import { auditRoutes } from './modules/audit';
import { currentProvinceCodes, placesRoutes } from './modules/places';
import { systemRoutes } from './system.routes';
import { figuresIoRoutes, importBodyLimit, IMPORT_UPLOAD_PATH, indicatorsRoutes } from './modules/indicators';
import { reportsRoutes } from './modules/reports';
import { enterprisesRoutes } from './modules/enterprises';
import { attachmentBodyLimit, ATTACHMENT_UPLOAD_PATH, clustersRoutes } from './modules/clusters';

/** PostgreSQL's answers to a NUL character in text (22021) or in JSON (22P05). */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/** Every module's routes; the access-matrix test walks this list. */
export function allRoutes(): RouteDef<AppDeps, any, any, any>[] {
  return [
    ...systemRoutes,
    ...accountsRoutes,
    ...auditRoutes,
    ...placesRoutes,
    ...indicatorsRoutes,
    ...reportsRoutes,
    ...figuresIoRoutes,
    ...enterprisesRoutes,
    ...clustersRoutes,
  ];
}

/** The modules whose screens exist, for the web navigation. */
export const ENABLED_MODULES = ['places', 'audit', 'users', 'indicators', 'reports', 'clusters', 'enterprises'];

/** Builds the Hono app: request ids, sessions and CSRF, every module's routes, one error handler, the web app. */
export function createApp(deps: Omit<AppDeps, 'modules'>) {
  const full: AppDeps = { ...deps, modules: ENABLED_MODULES };
  const app = new Hono();
  const routes = allRoutes();
  app.use('*', async (c, next) => {
    c.set('requestId' as never, (c.req.header('x-request-id') ?? randomUUID()) as never);
    await next();
    // Set on the response's headers in place: c.header() after the response exists rebuilds it (@hono/node-server then
    // streams the body instead of writing the string it holds), which halved the throughput of every JSON answer.
    const headers = c.res.headers;
    headers.set('x-request-id', String(c.get('requestId' as never)));
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'same-origin');
  });
  app.use('/api/*', sessionMiddleware(deps.db));
  app.use(IMPORT_UPLOAD_PATH, importBodyLimit);
  app.use(ATTACHMENT_UPLOAD_PATH, attachmentBodyLimit);
  const openapi = buildOpenApi(routes, { title: 'congthuong', version: deps.config.version });
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.get('/api/docs', (c) => c.html(renderApiReference(openapi)));
  mountRoutes(app, routes, full, (refs) => currentProvinceCodes(deps.db, refs));
  app.all('/api/*', () => {
    throw new AppError('not_found', 'No such API route');
  });
  serveWeb(app, deps.config.webDist);
  app.onError((error, c) => {
    const requestId = String(c.get('requestId' as never) ?? '');
    if (error instanceof AppError) return c.json(toErrorBody(error), error.status as 400);
    // Text PostgreSQL cannot store (a NUL character) that reached the database in a body a handler read itself.
    if (UNSTORABLE_TEXT.has((error as { code?: string }).code ?? ''))
      return c.json(toErrorBody(new AppError('validation_failed', 'The request holds text with a NUL character (U+0000), which cannot be stored')), 400);
    logger.error('unexpected error', { requestId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return c.json(toErrorBody(new AppError('internal', 'Unexpected error; the team has the details', { requestId })), 500);
  });
  return app;
}

function serveWeb(app: Hono, dist: string) {
  const index = path.join(dist, 'index.html');
  const root = path.relative(process.cwd(), dist) || '.';
  app.use('/assets/*', compress(), async (c, next) => {
    await next();
    if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable'); // file names carry a content hash
  });
  app.use('/assets/*', serveStatic({ root }));
  app.get('*', compress(), serveStatic({ root }));
  app.get('*', (c) => {
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build` (npm start does it).', 503);
    c.header('cache-control', 'no-cache');
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
