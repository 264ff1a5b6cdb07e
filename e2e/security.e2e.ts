import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, launchBrowser, login, startServer, watchConsole, type TestServer } from './support';

/**
 * [security]: markup and SQL typed into text fields by one person are shown to another as plain text. The payloads
 * are stored through the API (user display names, an import's file name), then an administrator opens the users
 * page and the audit page: the text is there literally, no payload ran (window.__xss stays undefined), no element
 * was injected, and the user table still exists.
 */
const XSS = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '</script><script>window.__xss=2</script>';
const SQL = "'; drop table user_account; --";
const PAYLOADS = [XSS, SCRIPT, SQL];

describe('[security]: an administrator sees stored markup and SQL as text, and none of it runs', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await apiLogin(server.url, 'admin');
    for (const [i, displayName] of PAYLOADS.entries()) {
      const res = await admin('POST', '/api/users', { username: `payload.${i}`, displayName, role: 'viewer', scope: ['40'], password: 'payload-password' });
      assert.equal(res.status, 200, await res.text());
    }
    const officer = await apiLogin(server.url, 'officer.nghean');
    const imported = await officer('POST', '/api/imports/csv', {
      fileName: XSS,
      csv: 'indicator,orgunit,period,value,status,note\nEXPORT,40,2018-02,123.4,estimate,' + `"${SQL}"` + '\n',
      dryRun: false,
    });
    assert.equal(imported.status, 200, await imported.text());
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function assertInert(page: Page) {
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, 'a payload ran');
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'an element was injected');
  }

  it('the users page shows each display name literally', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'admin');
    await page.goto(`${server.url}/users`);
    const table = page.getByTestId('users-table');
    await table.waitFor();
    for (const payload of PAYLOADS) await table.getByText(payload, { exact: true }).first().waitFor();
    await assertInert(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the audit page shows the created users and the import file name literally', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, server.url, 'admin');
    await page.goto(`${server.url}/audit?entity=user_account`);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    for (const payload of PAYLOADS) await table.getByText(payload).first().waitFor();
    await assertInert(page);
    // Open every "show JSON" panel too: the payloads are text there as well.
    for (const summary of await page.locator('details summary').all()) await summary.click();
    await assertInert(page);
    await page.goto(`${server.url}/audit?entity=figure_import`);
    await page.getByTestId('audit-table').getByText(XSS).first().waitFor();
    await assertInert(page);
    await context.close();
  });

  it('the user table is still there and the SQL was stored as a name', async () => {
    const admin = await apiLogin(server.url, 'admin');
    const users = (await (await admin('GET', '/api/users')).json()) as { items: { displayName: string }[] };
    assert.ok(users.items.some((u) => u.displayName === SQL));
    assert.ok(users.items.length >= 6 + PAYLOADS.length);
  });
});
