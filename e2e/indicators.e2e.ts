import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { apiLogin, launchBrowser, login, startServer, watchConsole, type TestServer } from './support';

describe('[indicators]: an officer sees on the overview a figure just saved through the API', () => {
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

  it('the RETAIL card of Nghệ An shows the saved value, written the Vietnamese way, then the English way', async () => {
    const api = await apiLogin(server.url, 'officer.nghean');
    const overview = (await (await api('GET', '/api/overview?orgunit=40')).json()) as { period: string | null };
    assert.ok(overview.period, 'the demo data has a latest month for Nghệ An');
    const saved = await api('PUT', '/api/figures', {
      indicator: 'RETAIL',
      orgunit: '40',
      period: overview.period,
      value: 123456,
      status: 'estimate',
      note: 'e2e',
    });
    assert.equal(saved.status, 200, await saved.text());

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'officer.nghean');
    await page.locator('nav a[href="/overview"]').click();
    await page.waitForURL((u) => u.pathname === '/overview');
    const value = page.getByTestId('card-RETAIL').getByTestId('card-value-RETAIL');
    await value.waitFor();
    assert.equal(await page.getByTestId('overview-cards').getAttribute('data-period'), overview.period);
    assert.match(await value.innerText(), /123\.456/);

    // The card opens the figure's history: the new vintage is on top, recorded through the API.
    await page.getByTestId('card-history-RETAIL').click();
    const history = page.getByTestId('history-table').first();
    await history.waitFor();
    assert.match(await history.locator('tbody tr').first().innerText(), /123\.456/);
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });

    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForFunction(() => /123,456/.test(document.querySelector('[data-testid="card-value-RETAIL"]')?.textContent ?? ''));
    assert.match(await value.innerText(), /123,456/);
    // The charts drew (ECharts loads with them), and nothing went wrong on the way.
    await page.getByTestId('chart-monthly').locator('canvas').first().waitFor();
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a viewer opens the comparison and sees Nghệ An and Thái Nguyên, sortable from the keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'viewer');
    await page.goto(`${server.url}/comparison`);
    const table = page.getByTestId('comparison-table');
    await table.waitFor();
    const text = await table.innerText();
    assert.match(text, /Nghệ An/);
    assert.match(text, /Thái Nguyên/);
    await page.getByTestId('sort-name').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="comparison-table"] th[aria-sort="ascending"]') !== null);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-orgunit')));
    assert.deepEqual(rows, ['40', '19']); // Nghệ An before Thái Nguyên
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a viewer reads the plans but gets no form to change them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, server.url, 'viewer');
    await page.goto(`${server.url}/plans`);
    await page.getByTestId('plans-table').waitFor();
    await page.getByTestId('plans-read-only').waitFor();
    assert.equal(await page.getByTestId('plan-form').count(), 0);
    await context.close();
  });
});
