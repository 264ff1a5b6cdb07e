import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { apiLogin, launchBrowser, login, startServer, watchConsole, type TestServer } from './support';

/** The officer's sentence, with Vietnamese diacritics that must survive into every file. */
const sentence = 'Đơn hàng dệt may, da giày giảm do thị trường châu Âu chậm lại.';

const squash = (text: string) => text.replace(/\s+/g, ' ');

async function download(page: Page, testId: string): Promise<{ download: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { download: file, body: fs.readFileSync(path) };
}

/** Opens the report page from the menu and waits for the preview. */
async function openReports(page: Page) {
  await page.locator('nav a[href="/reports"]').click();
  await page.waitForURL((u) => u.pathname === '/reports');
  await page.getByTestId('report-document').waitFor();
}

describe('[reports]: an officer writes the month’s report and the director reads the same version', () => {
  let server: TestServer;
  let browser: Browser;
  let latest: string;
  let versionId = '';
  let mainTable = '';
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const api = await apiLogin(server.url, 'officer.nghean');
    const overview = (await (await api('GET', '/api/overview?orgunit=40')).json()) as { period: string | null };
    assert.ok(overview.period, 'the demo data has a latest month for Nghệ An');
    latest = overview.period;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the officer writes the difficulties, saves a version and downloads it as DOCX and PDF with the sentence', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'officer.nghean');
    await openReports(page);
    // Nghệ An and the latest month with figures, in Vietnamese, from the current figures.
    assert.equal(await page.getByTestId('reports-province').inputValue(), '40');
    assert.equal(await page.getByTestId('reports-month').inputValue(), latest);
    assert.equal(await page.getByTestId('reports-lang').inputValue(), 'vi');
    const preview = page.getByTestId('report-document');
    assert.match(await preview.innerText(), /SỞ CÔNG THƯƠNG/);
    assert.match(await page.getByTestId('report-number').innerText(), /Số: …\/BC-SCT/);
    assert.match(await preview.innerText(), /Độc lập - Tự do - Hạnh phúc/);
    await page.getByTestId('report-table-main').waitFor();
    assert.ok((await page.locator('[data-testid^="report-chart-"] svg').count()) > 0, 'the charts are drawn');

    // The difficulties, saved with the version they were read at.
    await page.getByTestId('section-difficulties').fill(sentence);
    await page.getByTestId('sections-save').click();
    await page.waitForSelector('[data-testid="sections-status"][data-dirty="false"][data-version="1"]');
    await page.waitForFunction((text) => document.querySelector('[data-testid="report-section-difficulties"]')?.textContent?.includes(text) ?? false, sentence);

    // A version: the page opens it, and the downloads carry its number.
    await page.getByTestId('report-save-version').click();
    await page.waitForURL((u) => u.searchParams.has('version'));
    versionId = new URL(page.url()).searchParams.get('version') ?? '';
    await page.waitForSelector(`[data-testid="report-document"][data-version="${versionId}"]`);
    assert.match(await page.getByTestId('report-version-note').innerText(), new RegExp(`phiên bản số ${versionId}`));
    assert.match((await page.getByTestId('report-download-docx').getAttribute('href')) ?? '', new RegExp(`version=${versionId}`));
    mainTable = await page.getByTestId('report-table-main').innerText();
    assert.match(mainTable, /\d/);

    const docx = await download(page, 'report-download-docx');
    assert.match(docx.download.suggestedFilename(), /\.docx$/);
    const zip = await JSZip.loadAsync(docx.body);
    const xml = await zip.file('word/document.xml')?.async('string');
    assert.ok(xml, 'the DOCX is a zip with word/document.xml');
    assert.ok(squash(xml.replace(/<[^>]+>/g, '')).includes(sentence), 'the DOCX holds the edited sentence');

    const pdf = await download(page, 'report-download-pdf');
    assert.match(pdf.download.suggestedFilename(), /\.pdf$/);
    assert.equal(pdf.body.subarray(0, 5).toString(), '%PDF-');
    const pdfPath = await pdf.download.path();
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    assert.ok(squash(text).includes(sentence), 'the PDF text holds the edited sentence with its diacritics');

    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the director opens /reports, selects that version and sees the same text and numbers', async () => {
    assert.ok(versionId, 'the officer saved a version');
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'director');
    await openReports(page);
    await page.getByTestId(`report-version-${versionId}`).waitFor();
    await page.getByTestId('reports-version').selectOption(versionId);
    await page.waitForSelector(`[data-testid="report-document"][data-version="${versionId}"]`);
    assert.ok((await page.getByTestId('report-section-difficulties').innerText()).includes(sentence));
    assert.equal(await page.getByTestId('report-table-main').innerText(), mainTable);
    assert.equal(await page.getByTestId('report-newer-figures').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('after a revised figure the version says so, and "regenerate" stores a new one with the officer’s text kept', async () => {
    const officer = await apiLogin(server.url, 'officer.nghean');
    const saved = await officer('PUT', '/api/figures', {
      indicator: 'RETAIL',
      orgunit: '40',
      period: latest,
      value: 123456,
      status: 'preliminary',
      note: 'e2e',
    });
    assert.equal(saved.status, 200, await saved.text());

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'director');
    await page.goto(`${server.url}/reports?version=${versionId}`);
    const notice = page.getByTestId('report-newer-figures');
    await notice.waitFor();
    assert.match(await page.getByTestId('report-changes').innerText(), /123\.456/);
    // The stored version keeps its numbers.
    assert.equal(await page.getByTestId('report-table-main').innerText(), mainTable);
    await page.getByTestId('report-regenerate').click();
    await page.waitForURL((u) => (u.searchParams.get('version') ?? versionId) !== versionId);
    const newer = new URL(page.url()).searchParams.get('version') ?? '';
    await page.waitForSelector(`[data-testid="report-document"][data-version="${newer}"]`);
    await notice.waitFor({ state: 'detached' });
    assert.match(await page.getByTestId('report-table-main').innerText(), /123\.456/);
    assert.ok((await page.getByTestId('report-section-difficulties').innerText()).includes(sentence));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a save over someone else’s newer save is refused, and "reload" shows their text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await login(page, server.url, 'officer.nghean');
    await openReports(page);
    const field = page.getByTestId('section-causes');
    await field.waitFor();

    // The director saves the causes in between (from the version the officer also read).
    const director = await apiLogin(server.url, 'director');
    const current = (await (await director('GET', `/api/reports/monthly/sections?orgunit=40&period=${latest}&lang=vi`)).json()) as { version: number };
    const put = await director('PUT', '/api/reports/monthly/sections', {
      orgunit: '40',
      period: latest,
      lang: 'vi',
      causes: 'Giá nguyên liệu đầu vào tăng.',
      expectedVersion: current.version,
    });
    assert.equal(put.status, 200, await put.text());

    await field.fill('Nguyên nhân do chuyên viên viết.');
    await page.getByTestId('sections-save').click();
    await page.getByTestId('sections-conflict').waitFor();
    await page.getByTestId('sections-reload').click();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="section-causes"]') as HTMLTextAreaElement | null)?.value === 'Giá nguyên liệu đầu vào tăng.',
    );
    assert.equal(await page.getByTestId('sections-conflict').count(), 0);
    // The 409 answer is logged by the browser as a failed resource; nothing else went wrong.
    assert.deepEqual(
      errors.filter((e) => !/status of 409/.test(e)),
      [],
    );
    await context.close();
  });
});
