import type { Db } from './database';
import { createUser } from './modules/accounts';
import { seedDemoFigures } from './modules/indicators';
import { DEMO_TAX_CODES, seedEnterprisesDemo } from './modules/enterprises';
import { DEMO_INVESTOR_CLUSTER_CODE, seedClustersDemo } from './modules/clusters';

/** The demo accounts: one per role, an officer for each demo province. All use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', scope: ['*'] },
  { username: 'director', displayName: 'Giám đốc Sở (Nghệ An)', role: 'director', scope: ['40'] },
  { username: 'officer.nghean', displayName: 'Chuyên viên Nghệ An', role: 'officer', scope: ['40'] },
  { username: 'officer.thainguyen', displayName: 'Chuyên viên Thái Nguyên', role: 'officer', scope: ['19'] },
  { username: 'viewer', displayName: 'Người xem (Nghệ An, Thái Nguyên)', role: 'viewer', scope: ['40', '19'] },
  {
    username: 'reporter',
    displayName: 'Doanh nghiệp báo cáo (Nghệ An)',
    role: 'reporter',
    scope: ['40'],
    reporterFor: { kind: 'enterprise', id: DEMO_TAX_CODES.reporter },
  },
  {
    username: 'tenant',
    displayName: 'Doanh nghiệp thứ cấp CCN Hưng Đông',
    role: 'reporter',
    scope: ['40'],
    reporterFor: { kind: 'enterprise', id: DEMO_TAX_CODES.tenant },
  },
  {
    username: 'investor',
    displayName: 'Chủ đầu tư hạ tầng CCN Hưng Đông',
    role: 'reporter',
    scope: ['40'],
    reporterFor: { kind: 'cluster', id: DEMO_INVESTOR_CLUSTER_CODE },
  },
] as const;

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo1234';

/** True when the database has no users yet (a fresh database). */
export async function isEmpty(db: Db): Promise<boolean> {
  return !(await db.selectFrom('user_account').select('id').limit(1).executeTakeFirst());
}

/** Loads the demo data (accounts, then each module's demo records). Run once, on a fresh database. */
export async function seedDemo(db: Db) {
  for (const account of DEMO_ACCOUNTS) {
    await createUser(db, null, { ...account, scope: [...account.scope], password: DEMO_PASSWORD, demo: true });
  }
  await seedDemoFigures(db);
  await seedEnterprisesDemo(db);
  await seedClustersDemo(db);
}
