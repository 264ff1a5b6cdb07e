import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { apiLogin, launchBrowser, login, startServer, watchConsole, type TestServer } from './support';

describe('[foundation]: a person logs in, switches language, and stays within their role', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const username of ['admin', 'director', 'officer.nghean', 'officer.thainguyen', 'viewer', 'reporter']) {
    it(`${username} logs in and sees the demo-data mark, with no console errors`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = watchConsole(page);
      await login(page, server.url, username);
      await page.getByRole('main').waitFor();
      assert.match(await page.locator('body').innerText(), /DỮ LIỆU MINH HỌA/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('the officer switches to English and back; numbers follow the locale; the choice is remembered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, server.url, 'officer.nghean');
    const sample = page.getByTestId('format-sample');
    await sample.waitFor();
    assert.match(await sample.innerText(), /36\.539,5/);
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await sample.innerText(), /36,539\.5/);
    await page.reload();
    await page.getByTestId('format-sample').waitFor();
    assert.match(await page.getByTestId('format-sample').innerText(), /36,539\.5/);
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await context.close();
  });

  it('a viewer is refused the users page, and its link is not shown', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, server.url, 'viewer');
    assert.equal(await page.locator('nav a[href="/users"]').count(), 0);
    await page.goto(`${server.url}/users`);
    await page.getByTestId('forbidden').waitFor();
    await context.close();
  });

  it('the log-in form works from the keyboard alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-username').focus();
    await page.keyboard.type('director');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await context.close();
  });

  it('a Nghệ An officer is refused (403) a write to Thái Nguyên through the API', async () => {
    const api = await apiLogin(server.url, 'officer.nghean');
    const res = await api('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '19', period: '2026-01', value: 1, status: 'estimate' });
    assert.equal(res.status, 403);
    const own = await api('PUT', '/api/figures', { indicator: 'RETAIL', orgunit: '40', period: '2026-01', value: 9000, status: 'estimate' });
    assert.equal(own.status, 200);
  });
});
