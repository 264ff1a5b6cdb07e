import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/db';
import type { DatabaseHandle } from '../database';
import { createUser } from '../modules/accounts';
import { recordAudit } from '../modules/audit';
import { backupDatabase, restoreDatabase } from './backup';

describe('backup and restore', () => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-backup-'));

  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase();
    await createUser(source.db, null, {
      username: 'nguyen.van.a',
      displayName: 'Nguyễn Văn A — "trích dẫn"\tvà tab',
      role: 'officer',
      scope: ['40', '19'],
      password: 'password-1',
    });
    await recordAudit(source.db, null, {
      entity: 'x',
      entityId: '1',
      action: 'test',
      provinceCode: '40',
      before: { value: '36539.123456789012345678' },
      after: { n: 1.5, text: 'Đ' },
    });
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('restores into an empty database with identical data, and a second backup is byte-identical but for the header', async () => {
    const first = path.join(dir, 'a.jsonl');
    const second = path.join(dir, 'b.jsonl');
    const counts = await backupDatabase(source.db, first);
    expect(counts.user_account).toBe(1);
    expect(counts.admin_unit).toBe(97 - 11);
    await restoreDatabase(target.db, first);
    await backupDatabase(target.db, second);
    const body = (f: string) => fs.readFileSync(f, 'utf8').split('\n').slice(1).join('\n');
    expect(body(second)).toBe(body(first));
  });

  it('continues identity sequences after the restored rows', async () => {
    const user = await createUser(target.db, null, { username: 'after.restore', displayName: 'x', role: 'viewer', scope: ['40'], password: 'password-2' });
    expect(Number(user.id)).toBeGreaterThan(1);
  });

  it('refuses to restore over a database that has users', async () => {
    await expect(restoreDatabase(target.db, path.join(dir, 'a.jsonl'))).rejects.toThrow(/empty database/);
  });

  it('refuses a file that is not a backup', async () => {
    const junk = path.join(dir, 'junk.txt');
    fs.writeFileSync(junk, 'hello\n');
    await expect(restoreDatabase(target.db, junk)).rejects.toThrow(/not a congthuong backup/);
  });
});
