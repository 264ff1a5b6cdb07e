import type { z } from 'zod';
import { defineRoute } from '../../core/route';
import { EDITORS, READERS } from '../../core/access';
import type { AppDeps } from '../../app.types';
import { listProvinces } from '../places';
import * as s from './indicators.schemas';
import { computeFigures, rankProvinces, saveFigure } from './figures.service';
import { figureHistory } from './figures.history-batch';
import { createIndicator, listCatalogue } from './indicators.service';
import { listPlans, savePlan, saveScenario } from './plans.service';
import { importFiguresCsv } from './figures.import-csv';
import { provinceOverviewJson } from './overview.service';

type In<T extends z.ZodType> = z.output<T>;

/** Routes of the indicators module. */
export const indicatorsRoutes = [
  defineRoute<AppDeps>({
    method: 'get',
    path: '/api/indicators',
    summary: 'The indicator catalogue with categories',
    tags: ['indicators'],
    access: { roles: READERS, scope: 'global' },
    example: () => ({}),
    handler: async ({ deps }) => {
      const items = await listCatalogue(deps.db);
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.indicatorCreateSchema>>({
    method: 'post',
    path: '/api/indicators',
    summary: 'Adds a user-defined indicator',
    tags: ['indicators'],
    access: { roles: ['admin', 'director'], scope: 'global' },
    body: s.indicatorCreateSchema,
    example: () => ({
      body: {
        code: `X_${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
        nameVi: 'Chỉ tiêu thử',
        nameEn: 'Test',
        unitVi: 'tỷ đồng',
        unitEn: 'billion VND',
        kind: 'flow',
        decimals: 0,
      },
    }),
    handler: ({ deps, actor, input }) => createIndicator(deps.db, actor!, input.body),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.figuresQuerySchema>>({
    method: 'get',
    path: '/api/figures',
    summary: 'Figures with growth, plan, scenario and year-end estimates (latest vintage, or as of a time)',
    tags: ['figures'],
    access: { roles: READERS, scope: (input) => input.query.orgunit },
    query: s.figuresQuerySchema,
    example: (p) => ({ query: { indicator: 'RETAIL', orgunit: p, period: '2026-01/2026-05' } }),
    handler: async ({ deps, input }) => {
      const items = await computeFigures(deps.db, {
        indicators: input.query.indicator,
        orgunits: input.query.orgunit,
        period: input.query.period,
        category: input.query.category ?? null,
        asOf: input.query.asOf ?? null,
      });
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.figureWriteSchema>>({
    method: 'put',
    path: '/api/figures',
    summary: 'Saves a figure as a new vintage (never overwrites); 409 on a stale expectedVersion',
    tags: ['figures'],
    access: { roles: EDITORS, scope: (input) => [input.body.orgunit] },
    body: s.figureWriteSchema,
    example: (p) => ({ body: { indicator: 'RETAIL', orgunit: p, period: '2026-01', value: 1000, status: 'estimate' } }),
    handler: async ({ deps, actor, input }) => {
      const r = await deps.db.transaction().execute((trx) => saveFigure(trx, actor, { ...input.body, sourceKind: 'api' }));
      return { changed: r.changed, version: r.version };
    },
  }),
  defineRoute<AppDeps, unknown, In<typeof s.figureKeySchema>>({
    method: 'get',
    path: '/api/figures/history',
    summary: 'Every vintage of one figure: value, status, source, who and when',
    tags: ['figures'],
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.figureKeySchema,
    example: (p) => ({ query: { indicator: 'RETAIL', orgunit: p, period: '2026-01' } }),
    handler: ({ deps, input }) => figureHistory(deps.db, input.query),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.rankingQuerySchema>>({
    method: 'get',
    path: '/api/figures/ranking',
    summary: 'Ranks the provinces in your scope for one indicator and period',
    tags: ['figures'],
    access: { roles: READERS, scope: 'filtered' },
    query: s.rankingQuerySchema,
    example: () => ({ query: { indicator: 'RETAIL', period: '2026-01/2026-05' } }),
    handler: async ({ deps, actor, input }) => {
      const all = (await listProvinces(deps.db)).map((p) => p.code);
      const orgunits = actor!.scope.includes('*') ? all : all.filter((c) => actor!.scope.includes(c));
      const items = await rankProvinces(deps.db, {
        indicator: input.query.indicator,
        period: input.query.period,
        orgunits,
        by: input.query.by,
        asOf: input.query.asOf ?? null,
      });
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, unknown, In<typeof s.overviewQuerySchema>>({
    method: 'get',
    path: '/api/overview',
    summary: 'The province overview for a month: key indicator cards and monthly series',
    tags: ['figures'],
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.overviewQuerySchema,
    example: (p) => ({ query: { orgunit: p } }),
    handler: async ({ deps, input, c, dataVersions }) =>
      c.body(await provinceOverviewJson(deps.db, input.query, dataVersions), 200, { 'content-type': 'application/json' }),
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.planWriteSchema>>({
    method: 'put',
    path: '/api/plans',
    summary: 'Saves an annual plan (value or growth over last year) as a new version',
    tags: ['plans'],
    access: { roles: EDITORS, scope: (input) => [input.body.orgunit] },
    body: s.planWriteSchema,
    example: (p) => ({ body: { indicator: 'RETAIL', orgunit: p, year: 2026, plan: 100000, basis: 'NQ 01/NQ-HĐND' } }),
    handler: ({ deps, actor, input }) => deps.db.transaction().execute((trx) => savePlan(trx, actor, input.body)),
  }),
  defineRoute<AppDeps, unknown, { orgunit: string; year: number }>({
    method: 'get',
    path: '/api/plans',
    summary: 'Every plan version of a unit and year',
    tags: ['plans'],
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.planListQuerySchema,
    example: (p) => ({ query: { orgunit: p, year: '2026' } }),
    handler: async ({ deps, input }) => {
      const items = await listPlans(deps.db, input.query.orgunit, input.query.year);
      return { items, total: items.length };
    },
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.scenarioWriteSchema>>({
    method: 'put',
    path: '/api/scenarios',
    summary: 'Saves a growth scenario path (12 months or 4 quarters) as a new version',
    tags: ['plans'],
    access: { roles: EDITORS, scope: (input) => [input.body.orgunit] },
    body: s.scenarioWriteSchema,
    example: (p) => ({ body: { indicator: 'RETAIL', orgunit: p, year: 2026, granularity: 'quarter', values: [20000, 25000, 26000, 29000] } }),
    handler: ({ deps, actor, input }) => deps.db.transaction().execute((trx) => saveScenario(trx, actor, input.body)),
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.csvImportSchema>>({
    method: 'post',
    path: '/api/imports/csv',
    summary: 'Imports figures or plans from CSV: atomic, idempotent, with a dry run (default)',
    tags: ['imports'],
    access: { roles: EDITORS, scope: 'filtered' },
    body: s.csvImportSchema,
    maxBodyBytes: 64 * 1024 * 1024, // 50 million characters of CSV (Vietnamese letters take 2–3 bytes)
    example: (p) => ({ body: { fileName: 'x.csv', csv: `indicator,orgunit,period,value,status\nRETAIL,${p},2026-01,1000,estimate\n`, dryRun: true } }),
    handler: ({ deps, actor, input }) => importFiguresCsv(deps.db, actor, input.body.csv, { fileName: input.body.fileName, dryRun: input.body.dryRun }),
  }),
];
