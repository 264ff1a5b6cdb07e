import { z } from 'zod';
import { defineRoute } from '../../core/route';
import type { AppDeps } from '../../app.types';
import { listAudit } from './audit.service';

type Query = { entity?: string; entityId?: string; limit: number; offset: number };

/** Routes of the audit module. */
export const auditRoutes = [
  defineRoute<AppDeps, unknown, Query>({
    method: 'get',
    path: '/api/audit',
    summary: 'The audit trail of an entity (or of everything in scope), newest first',
    tags: ['audit'],
    access: { roles: ['admin', 'director'], scope: 'filtered' },
    query: z.object({
      entity: z.string().max(64).optional().describe('Entity type, e.g. figure, user_account'),
      entityId: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    example: () => ({ query: {} }),
    handler: ({ deps, actor, input }) => listAudit(deps.db, actor!, input.query),
  }),
];
