import { z } from 'zod';
import { defineRoute } from '../../core/route';
import { ADMINS, READERS, ROLES } from '../../core/access';
import type { AppDeps } from '../../app.types';
import * as service from './places.service';
import { importCommunes } from './places.communes';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date, YYYY-MM-DD');

/** Routes of the places module. */
export const placesRoutes = [
  defineRoute<AppDeps, unknown, { date?: string }>({
    method: 'get',
    path: '/api/places/provinces',
    summary: 'Provinces in force on a date (today by default), with the 2025 crosswalk',
    tags: ['places'],
    access: { roles: ROLES, scope: 'global' },
    query: z.object({ date: date.optional() }),
    example: () => ({}),
    handler: async ({ deps, input }) => {
      const items = await service.listProvinces(deps.db, input.query.date);
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, { ref: string }>({
    method: 'get',
    path: '/api/places/units/:ref',
    summary: 'Resolves a unit reference: CODE (today) or CODE@YYYY-MM-DD',
    tags: ['places'],
    access: { roles: ROLES, scope: 'global' },
    params: z.object({ ref: z.string().describe('CODE or CODE@YYYY-MM-DD, e.g. 19@2023-05-31') }),
    example: (p) => ({ params: { ref: p } }),
    handler: async ({ deps, input }) => {
      const unit = await service.resolveUnit(deps.db, input.params.ref);
      return { ...unit, predecessors: await service.predecessorsOf(deps.db, unit.id) };
    },
  }),
  defineRoute<AppDeps, { code: string }>({
    method: 'get',
    path: '/api/places/provinces/:code/communes',
    summary: 'Communes of a province',
    tags: ['places'],
    access: { roles: READERS, scope: (input) => [input.params.code] },
    params: z.object({ code: z.string().regex(/^\d{2}$/) }),
    example: (p) => ({ params: { code: p } }),
    handler: async ({ deps, input }) => {
      const items = await service.listCommunes(deps.db, input.params.code);
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, unknown, unknown, { csv: string; dryRun?: boolean }>({
    method: 'post',
    path: '/api/places/communes/import',
    summary: 'Imports the official commune list (CSV text); atomic and idempotent, with a dry run',
    tags: ['places'],
    access: { roles: ADMINS, scope: 'global' },
    body: z.object({ csv: z.string().min(1).max(5_000_000), dryRun: z.boolean().optional() }),
    maxBodyBytes: 16 * 1024 * 1024,
    example: (p) => ({ body: { csv: `code,name,province\n99999,Xã Thử,${p}\n`, dryRun: true } }),
    handler: ({ deps, actor, input }) => importCommunes(deps.db, actor!, input.body.csv, { dryRun: input.body.dryRun ?? false }),
  }),
];
