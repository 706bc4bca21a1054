import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../../src/app.js';
import { openApiDocument } from '../../src/openapi/openapi-document.js';
import { seriousViolations } from '../helpers/axe.js';
import { chromiumFlags, ensureChromium } from '../helpers/chromium.js';
import { documentedRoutes } from '../helpers/openapi-contract.js';
import { testDeps } from '../helpers/test-deps.js';

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createApp(await testDeps()).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
}, 10 * 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * The health check, and the first operation with path parameters, with a
 * query, with a body and with a security requirement, where the service has
 * one: every operation opened at once makes a page too slow to check.
 */
function operationsOfEachKind() {
  const operations = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
  const kinds = [
    ({ path }: (typeof operations)[number]) => path === '/healthcheck',
    ({ operation }: (typeof operations)[number]) =>
      operation.parameters?.some((parameter) => 'in' in parameter && parameter.in === 'path'),
    ({ operation }: (typeof operations)[number]) =>
      operation.parameters?.some((parameter) => 'in' in parameter && parameter.in === 'query'),
    ({ operation }: (typeof operations)[number]) => operation.requestBody !== undefined,
    ({ operation }: (typeof operations)[number]) => (operation.security ?? []).length > 0,
  ];
  const picked = kinds.flatMap((kind) => operations.find(kind) ?? []);
  return [...new Set(picked)];
}

describe('the API reference page in a real browser', () => {
  it('draws every documented operation from the service alone, under its CSP, accessibly', async () => {
    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    // A CSP refusal is a console error; a request elsewhere would be a CDN or an outside font.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:'))
        problems.push(`asked ${request.url()}`);
    });

    await page.goto(`${url}/docs`);
    const operations = page.locator('.opblock');
    await operations.first().waitFor();
    expect(await operations.count()).toBe(documentedRoutes(openApiDocument()).length);
    expect(await seriousViolations(page)).toEqual([]);

    // Open an operation of each kind: its parameters, body and answers are drawn from the document.
    for (const { method, path } of operationsOfEachKind()) {
      const operation = page.locator(`.opblock-${method}`, {
        has: page.locator(`[data-path="${path}"]`),
      });
      await operation.locator('.opblock-summary-control').click();
      await operation.locator('.responses-wrapper').waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
