import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '../core/config';
import { makeCluster } from '../modules/clusters/clusters.factories';
import { createTestApp, type TestClient } from '../test/app';
import { newUser } from './support';

/**
 * Uploads (part of the security reliability tests, see security.reliability.ts): path tricks, control characters, a
 * lying size or a wrong type are refused or neutralised, and nothing is written outside the data directory.
 */
describe('security: uploads', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let director: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    director = await t.as('director', ['40']);
    // A stored figure, so the tests can show the figures table is still there and holds its rows after every upload.
    expect((await director.json('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2026-01', value: 1, status: 'estimate' })).status).toBe(
      200,
    );
  });
  afterAll(() => t.close());

  describe('uploads', () => {
    let dataDir: string;
    let app: ReturnType<typeof createApp>;
    let headers: Record<string, string>;
    let clusterId: string;
    const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-security-'));
      app = createApp({ db: t.db, kind: t.kind, config: { ...loadConfig({}), webDist: os.tmpdir(), dataDir } });
      const username = await newUser(t, 'officer', ['40']);
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'test-password' }),
      });
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      headers = {
        cookie: res.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
        'x-csrf-token': csrfToken,
      };
      clusterId = (await makeCluster(t.db, { stages: 1 })).id;
    });
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    const multipart = (p: string, bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(bytes)], name));
      return app.request(p, { method: 'POST', headers, body: form });
    };

    it('an attachment named to break the download header gets a clean name and no injected header', async () => {
      const res = await multipart(
        `/api/provinces/40/clusters/${clusterId}/attachments`,
        PDF,
        'a\r\nSet-Cookie: ct_session=stolen\r\n<img src=x onerror=alert(1)>.pdf',
      );
      expect(res.status).toBe(200);
      const saved = (await res.json()) as { id: string; fileName: string };
      expect(saved.fileName).not.toMatch(/[\r\n<>"]/);
      const back = await app.request(`/api/provinces/40/attachments/${saved.id}`, { headers });
      expect(back.status).toBe(200);
      expect(back.headers.getSetCookie()).toEqual([]);
      expect(back.headers.get('content-disposition')).not.toMatch(/[\r\n]/);
      expect(back.headers.get('x-content-type-options')).toBe('nosniff');
      expect(fs.readdirSync(dataDir)).toEqual(['attachments']);
    });

    it('an attachment whose body streams past 20 MB without a declared length is cut off with 413', async () => {
      const chunk = new Uint8Array(1024 * 1024);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0)
            controller.enqueue(
              new TextEncoder().encode(
                '--b\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.7\n',
              ),
            );
          if (sent++ > 24) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const res = await app.request(`/api/provinces/40/clusters/${clusterId}/attachments`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'multipart/form-data; boundary=b' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(fs.readdirSync(path.join(dataDir, 'attachments')).length).toBe(1);
    });

    it('a workbook named with path tricks or markup is read, and its name is kept as text only (no file is written anywhere)', async () => {
      const workbook = fs.readFileSync(new URL('../modules/indicators/import-xlsx/fixtures/thong-ke-iip-thang-06-2026.xlsx', import.meta.url));
      const before = fs.readdirSync(os.tmpdir()).length;
      for (const name of [
        '../../../../etc/cron.d/x.xlsx',
        '..\\..\\windows\\win.ini.xlsx',
        '<img src=x onerror=window.__xss=1>.xlsx',
        "'; drop table figure_vintage; --.xlsx",
      ]) {
        const res = await multipart('/api/imports/xlsx?orgunit=40&dryRun=true&status=estimate', workbook, name);
        expect(res.status, name).toBe(200);
        expect(((await res.json()) as { fileName: string }).fileName).toBe(name);
      }
      expect(fs.existsSync('/etc/cron.d/x.xlsx')).toBe(false);
      expect(fs.readdirSync(dataDir)).toEqual(['attachments']);
      expect(Math.abs(fs.readdirSync(os.tmpdir()).length - before)).toBeLessThan(5);
      const { rows } = await sql<{ n: string }>`select count(*)::text as n from figure_vintage`.execute(t.db);
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    });

    it('a workbook upload of the wrong type by its bytes is refused with 415, and one with a NUL in its name with 400', async () => {
      const png = await multipart('/api/imports/xlsx?orgunit=40&dryRun=true', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'chart.xlsx');
      expect(png.status).toBe(415);
      const workbook = fs.readFileSync(new URL('../modules/indicators/import-xlsx/fixtures/thong-ke-iip-thang-06-2026.xlsx', import.meta.url));
      const nul = await director.json('POST', '/api/imports/xlsx?orgunit=40&dryRun=true&status=estimate', {
        fileName: 'a\u0000.xlsx',
        contentBase64: workbook.toString('base64'),
      });
      expect(nul.status, JSON.stringify(nul.body)).toBe(400);
    });
  });
});
