import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, launchBrowser, login, startServer, watchConsole, type TestServer } from './support';

/** The demo data's subjects: the `investor` account's cluster, the `tenant` account's enterprise and its commune. */
const INVESTOR_CLUSTER = 'CCN-40-001';
const OTHER_CLUSTER = 'CCN-40-002';
const TENANT_TAX_CODE = '2911109799';
const COMMUNE = '16681';

describe('[clusters]: an investor and a tenant report online, the officer sees them and downloads Biểu 04', () => {
  let server: TestServer;
  let browser: Browser;
  const ids = new Map<string, string>();

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const api = await apiLogin(server.url, 'officer.nghean');
    const list = (await (await api('GET', '/api/clusters?orgunit=40')).json()) as { items: { id: string; code: string }[] };
    for (const c of list.items) ids.set(c.code, c.id);
    assert.ok(ids.has(INVESTOR_CLUSTER) && ids.has(OTHER_CLUSTER), 'the demo clusters are there');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens "my reports" from the menu and sends the prefilled form of the round in progress. */
  async function submitMyReport(page: Page, form: '01' | '02', change: { item: string; value: string }) {
    await page.getByTestId('nav-myReports').click();
    await page.waitForURL((u) => u.pathname === '/my-reports');
    const editor = page.getByTestId(`report-form-${form}`);
    await editor.waitFor();
    await page.getByTestId('mine-round').locator('option').first().waitFor({ state: 'attached' });
    assert.equal(await page.getByTestId('mine-round').inputValue(), '2026');
    assert.equal(await editor.getByTestId('report-status').getAttribute('data-status'), 'due');
    const field = editor.getByTestId(`report-item-${change.item}`);
    await field.fill(change.value);
    await editor.getByTestId('report-note').fill('e2e');
    await editor.getByTestId('report-submit').click();
    const done = editor.getByTestId('report-submitted');
    await done.waitFor();
    assert.equal(await done.getAttribute('data-version'), '1');
    // The board status follows: the version is listed and the form counts as submitted (on time: due 20 Dec).
    await editor.locator('[data-testid="report-versions"] tbody tr').first().waitFor();
    await page.waitForFunction(
      (f) => document.querySelector(`[data-testid="report-form-${f}"] [data-testid="report-status"]`)?.getAttribute('data-status') === 'submitted',
      form,
    );
  }

  it('the investor submits Biểu 02 of its cluster through "my reports"', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'investor');
    await submitMyReport(page, '02', { item: '11', value: '21' });
    // Occupancy (item 5) is computed from items 4 and 3, never typed.
    assert.match(await page.getByTestId('report-item-5').innerText(), /%/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a tenant submits Biểu 01 of its enterprise', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'tenant');
    await submitMyReport(page, '01', { item: '3', value: '165' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the officer sees both on the board, compiles Biểu 03, and downloads Biểu 04 whose totals match the preview', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'officer.nghean');
    await page.getByTestId('nav-clusterRounds').click();
    await page.waitForURL((u) => u.pathname === '/clusters/rounds');
    await page.getByTestId('round-facts').waitFor();
    assert.equal(await page.getByTestId('round-select').inputValue(), '2026');
    const investorRow = page.getByTestId(`board-row-02-${ids.get(INVESTOR_CLUSTER)}`);
    await investorRow.waitFor();
    assert.equal(await investorRow.getAttribute('data-status'), 'submitted');
    assert.equal(await page.getByTestId(`board-row-01-${TENANT_TAX_CODE}`).getAttribute('data-status'), 'submitted');

    // Biểu 03 of the investor's commune, compiled from the registry and the reports just sent.
    await page.getByTestId('round-tab-f03').click();
    await page.getByTestId('f03-commune').selectOption(COMMUNE);
    await page.getByTestId('f03-compile').click();
    await page.getByTestId('f03-compiled').waitFor();

    // Biểu 04: Σ Biểu 03, with the circular's checks shown pass or fail.
    await page.getByTestId('round-tab-f04').click();
    const values = page.getByTestId('f04-values');
    await values.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="f04-values-value-17"]')?.getAttribute('data-value') !== '0');
    const checks = await page
      .getByTestId('f04-checks-item')
      .evaluateAll((items) => items.map((i) => [i.getAttribute('data-rule'), i.getAttribute('data-pass')]));
    assert.deepEqual(
      checks.map(([rule]) => rule),
      ['15 = 15.1 + 15.2', '16 = 16.1 + 16.2', '19 = 18 ÷ 17 × 100', '04 = Σ 03'],
    );
    assert.ok(
      checks.every(([, pass]) => pass === 'true'),
      JSON.stringify(checks),
    );
    const shown = new Map(
      (
        await page
          .locator('[data-testid^="f04-values-value-"]')
          .evaluateAll((cells) =>
            cells.map((c) => [c.getAttribute('data-testid')!.replace('f04-values-value-', ''), c.getAttribute('data-value') ?? ''] as const),
          )
      ).filter(([, v]) => v !== ''),
    );
    assert.ok(Number(shown.get('17')) > 0 && Number(shown.get('25')) > 0, 'the preview has land and workers');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('f04-download-xlsx').click()]);
    assert.equal(download.suggestedFilename(), 'bieu-04-40-2026.xlsx');
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    const inFile = new Map<string, number>();
    sheet.eachRow((row) => {
      const code = String(row.getCell(1).value ?? '');
      const total = row.getCell(4).value;
      if (/^\d{1,2}(\.\d)?$/.test(code) && typeof total === 'number') inFile.set(code, total);
    });
    assert.ok(shown.size >= 27, `the preview shows every item (${shown.size})`);
    for (const [code, value] of shown) assert.equal(inFile.get(code), Number(value), `item ${code}: file ${inFile.get(code)} vs preview ${value}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the officer finds a cluster without typing its accents, and opens its page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'officer.nghean');
    await page.getByTestId('nav-clusters').click();
    await page.getByTestId('clusters-table').waitFor();
    await page.getByTestId('province-totals').waitFor();
    await page.getByTestId('filter-q').fill('hung dong');
    await page.getByTestId('filter-q').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="clusters-table"] tbody tr').length === 1);
    await page.getByTestId(`cluster-link-${INVESTOR_CLUSTER}`).click();
    await page.getByTestId('cluster-page').waitFor();
    assert.equal(await page.getByTestId('cluster-page').getAttribute('data-cluster'), INVESTOR_CLUSTER);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("a reporter opens its own cluster's page but not another's", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, server.url, 'investor');
    await page.goto(`${server.url}/clusters/40/${ids.get(INVESTOR_CLUSTER)}`);
    await page.getByTestId('cluster-page').waitFor();
    assert.equal(await page.getByTestId('stage-form').count(), 0, 'a reporter gets no editing form');
    await page.goto(`${server.url}/clusters/40/${ids.get(OTHER_CLUSTER)}`);
    await page.getByTestId('cluster-not-found').waitFor();
    await page.goto(`${server.url}/clusters`);
    await page.getByTestId('forbidden').waitFor();
    await context.close();

    const tenant = await browser.newContext();
    const tenantPage = await tenant.newPage();
    await login(tenantPage, server.url, 'tenant');
    await tenantPage.goto(`${server.url}/clusters/40/${ids.get(INVESTOR_CLUSTER)}`);
    await tenantPage.getByTestId('cluster-not-found').waitFor();
    await tenant.close();
  });

  it('an officer adds a cluster from the list with the keyboard, edits its name on its page; a viewer gets neither button', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'officer.nghean');
    await page.goto(`${server.url}/clusters?orgunit=40`);
    await page.getByTestId('clusters-table').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

    // Enter opens the dialog with the focus on the name; Esc closes it.
    await page.getByTestId('cluster-add').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('cluster-form').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'cluster-form-name');
    await page.keyboard.press('Escape');
    await page.getByTestId('cluster-form').waitFor({ state: 'detached' });

    // Enter on the empty form: the missing fields are said in Vietnamese, nothing is sent.
    await page.getByTestId('cluster-add').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'cluster-form-name');
    await page.keyboard.press('Enter');
    await page.getByText('Vui lòng nhập tên cụm công nghiệp.').waitFor();
    await page.getByText('Vui lòng nhập diện tích quy hoạch.').waitFor();
    assert.equal(await focused(), 'cluster-form-name');

    // Name, (code left to the server), a commune of the list (its name fills in), the type, the area "45,5" as vi writes it.
    const name = 'Cụm công nghiệp Thử nghiệm E2E';
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'cluster-form-code');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'cluster-form-communeCode');
    await page.keyboard.type(COMMUNE);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'cluster-form-communeName');
    assert.notEqual(await page.getByTestId('cluster-form-communeName').inputValue(), '', 'the known commune fills its name');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'cluster-form-type');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'cluster-form-plannedAreaHa');
    await page.keyboard.type('45,5');
    // A code already taken: the server's refusal is said under the code field; emptied, the server generates one.
    await page.getByTestId('cluster-form-code').fill(INVESTOR_CLUSTER);
    await page.keyboard.press('Enter');
    await page.getByText(`Mã ${INVESTOR_CLUSTER} đã được dùng cho một cụm khác.`).waitFor();
    await page.getByTestId('cluster-form-code').fill('');
    await page.keyboard.press('Enter');
    await page.getByTestId('cluster-form').waitFor({ state: 'detached' });
    await page.getByTestId('cluster-added').getByText(name).waitFor();

    // The list shows it (refreshed, with its generated code).
    const row = page.locator('[data-testid="clusters-table"] tbody tr', { hasText: name });
    await row.waitFor();
    const code = await row.getAttribute('data-cluster');
    assert.match(code ?? '', /^CCN-40-\d{3}$/);

    // Its page: the planned area in vi format; "Sửa thông tin" changes the name.
    await page.getByTestId(`cluster-link-${code}`).click();
    await page.getByTestId('cluster-page').waitFor();
    assert.equal(await page.getByTestId('cluster-facts-planned').innerText(), '45,5 ha');
    await page.getByTestId('cluster-edit').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'cluster-form-name');
    assert.equal(await page.getByTestId('cluster-form-name').inputValue(), name);
    const renamed = 'Cụm công nghiệp Thử nghiệm E2E (đã sửa)';
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(renamed);
    await page.keyboard.press('Enter');
    await page.getByTestId('cluster-form').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    const clusterUrl = page.url();
    assert.deepEqual(
      errors.filter((e) => !/status of 409/.test(e)),
      [],
      'nothing but the refused code',
    );
    await context.close();

    // A viewer reads the list and the page, without Add or Edit.
    const viewer = await browser.newContext();
    const viewerPage = await viewer.newPage();
    await login(viewerPage, server.url, 'viewer');
    await viewerPage.goto(`${server.url}/clusters?orgunit=40`);
    await viewerPage.locator('[data-testid="clusters-table"] tbody tr', { hasText: renamed }).waitFor();
    assert.equal(await viewerPage.getByTestId('cluster-add').count(), 0, 'a viewer gets no Add button');
    await viewerPage.goto(clusterUrl);
    await viewerPage.getByTestId('cluster-page').waitFor();
    assert.equal(await viewerPage.getByTestId('cluster-edit').count(), 0, 'a viewer gets no Edit button');
    await viewer.close();
  });
});
