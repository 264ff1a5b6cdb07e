import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../core/config';
import { createTestApp } from '../../test/app';
import { makeCluster } from './clusters.factories';
import { MAX_ATTACHMENT_BYTES, detectType, safeFileName } from './attachments.files';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);

describe('cluster attachments', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dataDir: string;
  let app: ReturnType<typeof createApp>;
  let headers: Record<string, string>;
  let clusterId: string;

  /** Logs in to the app whose data directory is a temporary one. */
  async function loginAs(role: 'officer' | 'reporter', scope: string[], reporterFor?: { kind: 'cluster'; id: string }) {
    await t.as(role, scope, reporterFor ? { reporterFor } : {});
    const username = (await t.db.selectFrom('user_account').select('username').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()).username;
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'test-password' }),
    });
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return {
      cookie: res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
      'x-csrf-token': csrfToken,
    };
  }

  function upload(bytes: Buffer, name: string, h = headers, id = clusterId) {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(bytes)], name));
    form.append('title', 'Quyết định thành lập');
    return app.request(`/api/provinces/40/clusters/${id}/attachments`, { method: 'POST', headers: h, body: form });
  }

  beforeAll(async () => {
    t = await createTestApp();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-attachments-'));
    app = createApp({ db: t.db, kind: t.kind, config: { ...loadConfig({}), webDist: '/nonexistent', dataDir } });
    headers = await loginAs('officer', ['40']);
    clusterId = (await makeCluster(t.db, { stages: 1 })).id;
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a PDF under a random id in the data directory and serves it back with its name', async () => {
    const res = await upload(PDF, 'Quyết định 3645.pdf');
    expect(res.status).toBe(200);
    const saved = (await res.json()) as { id: string; fileName: string; mediaType: string; sizeBytes: number };
    expect(saved).toMatchObject({ fileName: 'Quyết định 3645.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length });
    expect(fs.readdirSync(path.join(dataDir, 'attachments'))).toContain(saved.id);
    const back = await app.request(`/api/provinces/40/attachments/${saved.id}`, { headers });
    expect(back.headers.get('content-type')).toBe('application/pdf');
    expect(back.headers.get('content-disposition')).toBe(
      `attachment; filename="Quyet dinh 3645.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định 3645.pdf')}`,
    );
    expect(Buffer.from(await back.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('neutralises path tricks in the file name: nothing is written outside the attachments folder', async () => {
    const res = await upload(PNG, '../../etc/passwd');
    const saved = (await res.json()) as { id: string; fileName: string };
    expect(saved.fileName).toBe('passwd.png');
    expect(fs.existsSync(path.join(dataDir, 'etc'))).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual(['attachments']);
    expect(safeFileName('..\\..\\windows\\win.ini', 'pdf')).toBe('win.ini.pdf');
    expect(safeFileName('....', 'jpeg')).toBe('tep-dinh-kem.jpg');
  });

  it('refuses a file over 20 MB with 413 payload_too_large', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const res = await upload(big, 'to.pdf');
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('refuses a type outside the allow-list by its content, whatever its name says, with 415', async () => {
    for (const [bytes, name] of [
      [Buffer.from('<html><script>alert(1)</script>'), 'report.pdf'],
      [Buffer.from('MZ\x90\x00binary'), 'scan.jpg'],
      [Buffer.from('PK\x03\x04 not an office file'), 'a.docx'],
    ] as const) {
      const res = await upload(Buffer.from(bytes), name);
      expect(res.status, name).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_type');
    }
    expect(detectType(Buffer.from('PK\u0003\u0004....[Content_Types].xml....word/document.xml'))).toBe('docx');
    const json = await app.request(`/api/provinces/40/clusters/${clusterId}/attachments`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });

  it('serves attachments only inside the province, and to a reporter only of its own cluster', async () => {
    const saved = (await (await upload(PDF, 'a.pdf')).json()) as { id: string };
    const officer19 = await loginAs('officer', ['19']);
    expect((await app.request(`/api/provinces/40/attachments/${saved.id}`, { headers: officer19 })).status).toBe(403);
    expect((await app.request(`/api/provinces/19/attachments/${saved.id}`, { headers: officer19 })).status).toBe(404);
    const code = (await t.db.selectFrom('cluster').select('code').where('id', '=', clusterId).executeTakeFirstOrThrow()).code;
    const own = await loginAs('reporter', ['40'], { kind: 'cluster', id: code });
    expect((await app.request(`/api/provinces/40/attachments/${saved.id}`, { headers: own })).status).toBe(200);
    const stranger = await loginAs('reporter', ['40'], { kind: 'cluster', id: 'CCN-40-999' });
    expect((await app.request(`/api/provinces/40/attachments/${saved.id}`, { headers: stranger })).status).toBe(404);
  });

  it('links a stage fact to an attachment of the same cluster only', async () => {
    const saved = (await (await upload(PDF, 'qd.pdf')).json()) as { id: string };
    const other = await makeCluster(t.db, { stages: 1 });
    const post = (id: string, attachmentId: string) =>
      app.request(`/api/provinces/40/clusters/${id}/stages`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ stage: 'establishment_decision', documentNo: '7/QĐ-UBND', documentDate: '2020-01-01', attachmentId }),
      });
    expect((await post(other.id, saved.id)).status).toBe(404);
    expect((await post(clusterId, saved.id)).status).toBe(200);
  });
});
