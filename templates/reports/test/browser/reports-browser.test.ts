import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { seriousViolations } from '../helpers/axe.js';
import { chromiumFlags, ensureChromium } from '../helpers/chromium.js';
import { startReportsService } from '../helpers/reports-service.js';

const ARTIFACTS = 'test-results/browser';

let browser: Browser;
const service = await startReportsService(60);

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
}, 10 * 60_000);
afterAll(async () => {
  await browser?.close();
  await service.close();
});

describe('the report pages in a real browser', () => {
  it('go from home to a list, search and open a report, accessibly', async () => {
    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(service.url);
    expect(await page.locator('h1').innerText()).toBe('Operations Engineering Reports');
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/home.png`, fullPage: true });

    await page.getByRole('link', { name: 'Public repositories' }).first().click();
    await page.getByRole('link', { name: /^All repositories/ }).click();
    expect(await page.locator('h1').innerText()).toBe('All public repositories');
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    expect(await seriousViolations(page)).toEqual([]);

    // Search as you type, through the fragment route and the page's own script.
    await page.goto(`${service.url}/public-github-repositories.html`);
    const wanted = (await service.deps.reports.catalog.current()).reports.find(
      (report) => !report.data.is_private,
    );
    await page.getByLabel('Find a repository').fill(wanted?.name ?? '');
    const hit = page.locator('#live-results a', { hasText: wanted?.name ?? '' });
    await hit.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await hit.click();
    expect(await page.locator('h1').innerText()).toBe(wanted?.name);
    expect(await page.locator('tbody tr').count()).toBe(9);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/report.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('show a missing page as a 404 page in the same layout, accessibly', async () => {
    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404'))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(`${service.url}/no-such-page.html`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'Public repositories' }).count()).toBeGreaterThan(
      0,
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
