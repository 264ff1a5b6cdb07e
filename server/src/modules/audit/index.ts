/** audit: the trail of every write (who, when, what, before and after). */
export type { AuditTables } from './audit.tables';
export type { AuditEntry } from './audit.service';
export { recordAudit, listAudit } from './audit.service';
export { auditRoutes } from './audit.routes';
import m0050 from './migrations/20261122_0050_audit_log';
/** Migrations of the module, by name. */
export const auditMigrations = { '20261122_0050_audit_log': m0050 };
