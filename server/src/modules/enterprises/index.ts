/** enterprises: the enterprise registry by tax code (core: identity, industry, ownership, address, contact, status), search and import. */
export type { EnterprisesTables, Ownership, EnterpriseStatus } from './enterprises.tables';
export type { Enterprise } from './enterprises.service';
export {
  findEnterprises,
  getEnterprise,
  createEnterprise,
  updateEnterprise,
  enterprisesByTaxCode,
  requireTaxCode,
  assertReporterOwns,
} from './enterprises.service';
export { importEnterprises, readImportFile } from './enterprises.import';
export type { ImportRow } from './enterprises.import';
export type { ImportProblem } from './enterprises.import-rows';
export { parseTaxCode, isTaxCode, withCheckDigit } from './enterprises.tax-code';
export { normaliseSearch } from './enterprises.text';
export { enterprisesRoutes } from './enterprises.routes';
export { seedEnterprisesDemo, DEMO_TAX_CODES } from './enterprises.demo';
import m0200 from './migrations/20261123_0200_enterprises_enterprise';
/** Migrations of the module, by name. */
export const enterprisesMigrations = { '20261123_0200_enterprises_enterprise': m0200 };
