import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './db/data-dir-lock';

const run = promisify(execFile);
const bin = path.resolve(new URL('.', import.meta.url).pathname, '../bin/congthuong.mjs');

function cli(args: string[], env: Record<string, string>) {
  return run(process.execPath, [bin, ...args], { env: { ...process.env, ...env, DATABASE_URL: '' }, timeout: 60_000 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npx congthuong', () => {
  it('refuses, without hanging, to open a data directory the server holds, and says what to do', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-cli-'));
    const lock = acquireDataDirLock(dir); // stands in for the running server
    try {
      const started = Date.now();
      const result = await cli(['migrate'], { CONGTHUONG_DATA: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/in use by process \d+/);
      expect(result.stderr).toMatch(/Stop the server first/);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      lock.release();
    }
  });

  it('adds a user, backs up, and restores into an empty data directory', async () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-cli-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-cli-b-'));
    const file = path.join(a, 'backup.jsonl');
    expect(
      (await cli(['user', 'add', '--username', 'pham.van.d', '--role', 'officer', '--scope', '40,19', '--password', 'secret-123'], { CONGTHUONG_DATA: a }))
        .stdout,
    ).toMatch(/Created pham.van.d \(officer, scope 40,19\)/);
    expect((await cli(['backup', file], { CONGTHUONG_DATA: a })).code).toBe(0);
    expect((await cli(['restore', file], { CONGTHUONG_DATA: b })).stdout).toMatch(/Restored/);
    const again = path.join(b, 'again.jsonl');
    await cli(['backup', again], { CONGTHUONG_DATA: b });
    const body = (f: string) => fs.readFileSync(f, 'utf8').split('\n').slice(1).join('\n');
    expect(body(again)).toBe(body(file));
  }, 120_000);

  it('explains a bad role', async () => {
    const result = await cli(['user', 'add', '--username', 'x.y', '--role', 'king', '--scope', '40'], {
      CONGTHUONG_DATA: fs.mkdtempSync(path.join(os.tmpdir(), 'ct-cli-')),
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/role must be one of admin, director, officer, viewer, reporter/);
  });
});
