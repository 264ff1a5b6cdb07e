import type { z } from 'zod';
import { defineRoute } from '../../core/route';
import { EDITORS, READERS } from '../../core/access';
import type { AppDeps } from '../../app.types';
import * as s from './reports.schemas';
import { renderReport } from './render';
import { createReportVersion, generateMonthlyReport, listReportVersions, openReportVersion, toReportResponse } from './reports.service';
import { getSections, reportKey, saveSections } from './reports.sections';

type In<T extends z.ZodType> = z.output<T>;

const ATTACHMENT = new Set(['docx', 'pdf', 'xlsx']);

/** Routes of the reports module. */
export const reportsRoutes = [
  defineRoute<AppDeps, unknown, In<typeof s.monthlyQuerySchema>>({
    method: 'get',
    path: '/api/reports/monthly',
    summary:
      'The monthly sector report: structured JSON for the preview, or a file (html, md, txt, docx, pdf, xlsx); from the current figures, as of a time, or a stored version',
    tags: ['reports'],
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.monthlyQuerySchema,
    produces: [
      'application/json',
      'text/html',
      'text/markdown',
      'text/plain',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    example: (p) => ({ query: { orgunit: p, period: '2026-05', format: 'json' } }),
    handler: async ({ deps, input }) => {
      const q = input.query;
      const report = q.version
        ? await openReportVersion(deps.db, { orgunit: q.orgunit, period: q.period, id: q.version, lang: q.lang })
        : await generateMonthlyReport(deps.db, { orgunit: q.orgunit, period: q.period, lang: q.lang, asOf: q.asOf ?? null });
      if (q.format === 'json') return toReportResponse(report);
      const file = await renderReport(report.document, report.data, q.format);
      const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
      return new Response(body, {
        headers: {
          'content-type': file.contentType,
          'content-disposition': `${ATTACHMENT.has(q.format) ? 'attachment' : 'inline'}; filename="${file.fileName}"`,
          'x-report-newer-figures': String(report.newerFiguresExist),
          ...(report.version ? { 'x-report-version': report.version.id } : {}),
        },
      });
    },
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.versionCreateSchema>>({
    method: 'post',
    path: '/api/reports/monthly/versions',
    summary: 'Generates the monthly report and stores it as a version (its figures and text are kept as issued)',
    tags: ['reports'],
    access: { roles: EDITORS, scope: (input) => [input.body.orgunit] },
    body: s.versionCreateSchema,
    example: (p) => ({ body: { orgunit: p, period: '2026-05', lang: 'vi' } }),
    handler: ({ deps, actor, input }) =>
      createReportVersion(deps.db, actor!, { orgunit: input.body.orgunit, period: input.body.period, lang: input.body.lang, asOf: input.body.asOf ?? null }),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.versionsQuerySchema>>({
    method: 'get',
    path: '/api/reports/monthly/versions',
    summary: 'The stored versions of a unit’s monthly report, newest first',
    tags: ['reports'],
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.versionsQuerySchema,
    example: (p) => ({ query: { orgunit: p, period: '2026-05' } }),
    handler: ({ deps, input }) => listReportVersions(deps.db, input.query),
  }),
  defineRoute<AppDeps, unknown, In<typeof s.sectionsQuerySchema>>({
    method: 'get',
    path: '/api/reports/monthly/sections',
    summary: 'The officer’s sections of the monthly report (difficulties, causes, tasks, recommendations) with their version',
    tags: ['reports'],
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: s.sectionsQuerySchema,
    example: (p) => ({ query: { orgunit: p, period: '2026-05', lang: 'vi' } }),
    handler: async ({ deps, input }) => getSections(deps.db, await reportKey(deps.db, input.query.orgunit, input.query.period), input.query.lang),
  }),
  defineRoute<AppDeps, unknown, unknown, In<typeof s.sectionsWriteSchema>>({
    method: 'put',
    path: '/api/reports/monthly/sections',
    summary: 'Saves the officer’s sections (audited); 409 on a stale expectedVersion; kept across regenerations',
    tags: ['reports'],
    access: { roles: EDITORS, scope: (input) => [input.body.orgunit] },
    body: s.sectionsWriteSchema,
    example: (p) => ({ body: { orgunit: p, period: '2026-05', lang: 'vi', difficulties: 'Đơn hàng xuất khẩu giảm.' } }),
    handler: async ({ deps, actor, input }) => {
      const { orgunit, period, ...write } = input.body;
      return deps.db.transaction().execute(async (trx) => saveSections(trx, actor!, await reportKey(trx, orgunit, period), write));
    },
  }),
];
