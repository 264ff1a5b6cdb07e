import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, launchBrowser, login, startServer, watchConsole, type TestServer } from './support';

const workbook = '/work/shared/data/samples/thong-ke-tmdv-thang-06-2026.xlsx';
/** The RETAIL total of June 2026, Nghệ An, in the grid (row id `indicator|category|base`, then the period). */
const juneRetail = 'cell-RETAIL||level-2026-06';

describe('[indicators]: an officer imports a workbook, the director publishes, a later edit needs a reason', () => {
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

  /** A page of a new browser context, logged in, with its console watched. */
  async function open(username: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, username);
    return { page, errors, close: () => context.close() };
  }

  it('walks the workbook from the officer to the published, then corrected, figure', async () => {
    const api = await apiLogin(server.url, 'officer.nghean');
    const before = (await (await api('GET', '/api/figures?indicator=RETAIL&orgunit=40&period=2026-06')).json()) as { items: { value: number }[] };
    assert.notEqual(before.items[0]?.value, 8081.217, 'the demo figure of June differs from the workbook');

    // 1. The officer previews the statistics office's workbook for Nghệ An: the total of June (C4) in Vietnamese
    //    numbers, the stored ratios flagged, nothing written yet; then confirms.
    const officer = await open('officer.nghean');
    await officer.page.getByTestId('nav-import').click();
    await officer.page.waitForURL((u) => u.pathname === '/import');
    await officer.page.getByTestId('import-file').setInputFiles(workbook);
    await officer.page.getByTestId('import-province').selectOption('40');
    await officer.page.getByTestId('import-status').selectOption('estimate');
    await officer.page.getByTestId('import-preview-button').click();
    const preview = officer.page.getByTestId('import-preview');
    await preview.waitFor();
    assert.equal(await preview.getAttribute('data-dry-run'), 'true');
    const c4 = officer.page.locator('[data-testid="import-figure"][data-cell="Tổng mức!C4"]');
    assert.equal((await c4.getByTestId('import-figure-value').innerText()).trim(), '8.081,217');
    assert.equal(await c4.getAttribute('data-outcome'), 'write');
    assert.match(await officer.page.getByTestId('import-warnings').innerText(), /Tổng mức!E4/);
    const unchanged = (await (await api('GET', '/api/figures?indicator=RETAIL&orgunit=40&period=2026-06')).json()) as { items: { value: number }[] };
    assert.equal(unchanged.items[0]?.value, before.items[0]?.value, 'a preview writes nothing');

    await officer.page.getByTestId('import-confirm').click();
    await officer.page.getByTestId('import-done').waitFor();
    await officer.page.getByTestId('import-overview-link').click();
    await officer.page.waitForURL((u) => u.pathname === '/overview' && u.searchParams.get('period') === '2026-06');
    await officer.page.waitForFunction(() => document.querySelector('[data-testid="overview-cards"]')?.getAttribute('data-period') === '2026-06');
    await officer.page.waitForFunction(() => /8\.081/.test(document.querySelector('[data-testid="card-value-RETAIL"]')?.textContent ?? ''));

    // 2. The director publishes June 2026 on the grid.
    const director = await open('director');
    await director.page.goto(`${server.url}/grid?orgunit=40&year=2026`);
    await director.page.getByTestId('entry-grid').waitFor();
    await director.page.getByTestId('publish-month').selectOption('2026-06');
    await director.page.getByTestId('publish-open').click();
    await director.page.getByTestId('publish-confirm').click();
    await director.page.locator('[data-testid="col-2026-06"][data-published="true"]').waitFor();
    await director.page.getByTestId('publish-done').waitFor();

    // 3. The officer can no longer edit that cell: it is read-only, Enter opens no editor and says why.
    await officer.page.goto(`${server.url}/grid?orgunit=40&year=2026`);
    const locked = officer.page.getByTestId(juneRetail);
    await locked.waitFor();
    assert.equal(await locked.getAttribute('aria-readonly'), 'true');
    assert.equal(await locked.getAttribute('data-locked'), 'true');
    await locked.click();
    await officer.page.keyboard.press('Enter');
    await officer.page
      .getByTestId('grid-message')
      .getByText(/đã công bố/)
      .waitFor();
    assert.equal(await officer.page.getByTestId('grid-editor').count(), 0);
    await officer.page.keyboard.type('1');
    assert.equal(await officer.page.getByTestId('grid-editor').count(), 0);

    // 4. The director edits it from the keyboard, is asked for a reason, and saves.
    const cell = director.page.getByTestId(juneRetail);
    assert.equal(await cell.getAttribute('aria-readonly'), 'false');
    await cell.click();
    await director.page.keyboard.press('Enter');
    const editor = director.page.getByTestId('grid-editor');
    await editor.waitFor();
    await editor.fill('8.500,5');
    await director.page.keyboard.press('Enter');
    await director.page.getByTestId('save-dialog').waitFor();
    await director.page.getByTestId('save-confirm').click();
    await director.page.getByText('Vui lòng nhập lý do.').waitFor();
    await director.page.getByTestId('save-reason').fill('Cục Thống kê điều chỉnh số liệu tháng 6');
    await director.page.getByTestId('save-confirm').click();
    await director.page.getByTestId('grid-message').getByText('Đã lưu 1 ô.').waitFor();
    await director.page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') === '8500.5', juneRetail);

    // 5. The cell's history shows the new vintage with its reason, above the imported one with its file and cell.
    await cell.focus();
    await director.page.keyboard.press('h');
    const history = director.page.getByTestId('cell-history').getByTestId('history-table');
    await history.waitFor();
    const rows = history.locator('tbody tr');
    const newest = await rows.first().innerText();
    assert.match(newest, /8\.501/); // RETAIL is shown without decimals
    assert.match(newest, /Lý do: Cục Thống kê điều chỉnh số liệu tháng 6/);
    assert.match(newest, /Giám đốc Sở/);
    assert.match(await rows.nth(1).innerText(), /thong-ke-tmdv-thang-06-2026\.xlsx.*Tổng mức.*C4/s);

    const stored = (await (await api('GET', '/api/figures/history?indicator=RETAIL&orgunit=40&period=2026-06')).json()) as {
      items: { value: number; reason: string | null }[];
    };
    assert.equal(stored.items[0]?.value, 8500.5);
    assert.equal(stored.items[0]?.reason, 'Cục Thống kê điều chỉnh số liệu tháng 6');

    assert.deepEqual(officer.errors, []);
    assert.deepEqual(director.errors, []);
    await officer.close();
    await director.close();
  });
});
