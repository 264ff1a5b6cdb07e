import { z } from 'zod';
import { defineRoute } from './core/route';
import type { AppDeps } from './app.types';
import { hasDemoData } from './modules/accounts';

/** Health and platform information. */
export const systemRoutes = [
  defineRoute<AppDeps>({
    method: 'get',
    path: '/api/health',
    summary: 'Health: the server answers and the database responds',
    tags: ['system'],
    access: { public: true },
    response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string(), demo: z.boolean() }),
    handler: async ({ deps }) => ({ status: 'ok', database: deps.kind, version: deps.config.version, demo: await hasDemoData(deps.db) }),
  }),
];
