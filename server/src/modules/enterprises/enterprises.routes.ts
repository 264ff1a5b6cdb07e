import { z } from 'zod';
import { defineRoute } from '../../core/route';
import { EDITORS, READERS } from '../../core/access';
import type { AppDeps } from '../../app.types';
import * as service from './enterprises.service';
import { importEnterprises, readImportFile } from './enterprises.import';
import { withCheckDigit } from './enterprises.tax-code';
import {
  createEnterpriseSchema,
  enterpriseParamsSchema,
  importEnterprisesSchema,
  listEnterprisesQuerySchema,
  provinceCodeSchema,
  updateEnterpriseSchema,
  type CreateEnterpriseInput,
  type ListEnterprisesQuery,
  type UpdateEnterpriseInput,
} from './enterprises.schemas';

type ProvinceParams = { province: string };
type EnterpriseParams = { province: string; taxCode: string };

/** A fresh valid tax code for the access-matrix examples. */
function exampleTaxCode(): string {
  for (;;) {
    const code = withCheckDigit(`9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`);
    if (code) return code;
  }
}

/** Routes of the enterprises module. Single-enterprise routes carry the province in the path (see README). */
export const enterprisesRoutes = [
  defineRoute<AppDeps, unknown, ListEnterprisesQuery>({
    method: 'get',
    path: '/api/enterprises',
    summary: 'Lists and searches enterprises in your scope (accents and case ignored)',
    tags: ['enterprises'],
    access: { roles: READERS, scope: (input) => (input.query.orgunit ? [input.query.orgunit] : []) },
    query: listEnterprisesQuerySchema,
    example: (p) => ({ query: { orgunit: p, q: 'nghe an' } }),
    handler: ({ deps, actor, input }) => service.findEnterprises(deps.db, actor!, input.query),
  }),
  defineRoute<AppDeps, EnterpriseParams>({
    method: 'get',
    path: '/api/provinces/:province/enterprises/:taxCode',
    summary: 'One enterprise of a province (a reporter: only its own)',
    tags: ['enterprises'],
    access: { roles: [...READERS, 'reporter'], scope: (input) => [input.params.province] },
    params: enterpriseParamsSchema,
    example: (p) => ({ params: { province: p, taxCode: '0300588569' } }),
    handler: ({ deps, actor, input }) => service.getEnterprise(deps.db, actor!, input.params.province, input.params.taxCode),
  }),
  defineRoute<AppDeps, ProvinceParams, unknown, CreateEnterpriseInput>({
    method: 'post',
    path: '/api/provinces/:province/enterprises',
    summary: 'Registers an enterprise in a province (tax code checked)',
    tags: ['enterprises'],
    access: { roles: EDITORS, scope: (input) => [input.params.province] },
    params: z.object({ province: provinceCodeSchema }),
    body: createEnterpriseSchema,
    example: (p) => ({ params: { province: p }, body: { taxCode: exampleTaxCode(), name: 'Công ty TNHH Thử nghiệm', ownership: 'private' } }),
    handler: ({ deps, actor, input }) => service.createEnterprise(deps.db, actor!, input.params.province, input.body),
  }),
  defineRoute<AppDeps, EnterpriseParams, unknown, UpdateEnterpriseInput>({
    method: 'put',
    path: '/api/provinces/:province/enterprises/:taxCode',
    summary: "Changes an enterprise's fields (tax code and province stay)",
    tags: ['enterprises'],
    access: { roles: EDITORS, scope: (input) => [input.params.province] },
    params: enterpriseParamsSchema,
    body: updateEnterpriseSchema,
    example: (p) => ({ params: { province: p, taxCode: '0300588569' }, body: { phone: '0238 3 844 000' } }),
    handler: ({ deps, actor, input }) => service.updateEnterprise(deps.db, actor!, input.params.province, input.params.taxCode, input.body),
  }),
  defineRoute<AppDeps, ProvinceParams, unknown, z.infer<typeof importEnterprisesSchema>>({
    method: 'post',
    path: '/api/provinces/:province/enterprises/import',
    summary: 'Imports enterprises from CSV or XLSX: preview (dry run), then all or nothing; the same file twice changes nothing',
    tags: ['enterprises'],
    access: { roles: EDITORS, scope: (input) => [input.params.province] },
    params: z.object({ province: provinceCodeSchema }),
    body: importEnterprisesSchema,
    maxBodyBytes: 32 * 1024 * 1024,
    example: (p) => ({ params: { province: p }, body: { csv: `Mã số thuế,Tên doanh nghiệp,Loại hình\n0300588569,Công ty Thử,tư nhân\n`, dryRun: true } }),
    handler: async ({ deps, actor, input }) =>
      importEnterprises(deps.db, actor!, input.params.province, await readImportFile(input.body), { dryRun: input.body.dryRun }),
  }),
];
