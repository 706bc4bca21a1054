import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { forAudience } from '../../src/reports/compliance.js';
import { summarise } from '../../src/reports/pages/report-summary.js';
import { sampleReports } from '../../src/reports/sample-reports.js';
import { browserSession } from '../helpers/browser-session.js';
import { CLIENT, startOidcIssuer } from '../helpers/oidc-issuer.js';
import { freePort, startReportsService } from '../helpers/reports-service.js';

const service = await startReportsService(40);
const publicReports = forAudience(service.reports, 'public');
const privateReports = forAudience(service.reports, 'private');
afterAll(() => service.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(service.url + path, {
    headers: { Accept: 'text/html', ...headers },
  });
  return { response, html: await response.text() };
};
/** An answer as it crosses the network, still encoded: fetch would decode it out of sight. */
const onTheWire = (path: string, headers: Record<string, string>) =>
  new Promise<{ status?: number; headers: IncomingHttpHeaders; bytes: Buffer }>(
    (resolve, reject) => {
      get(service.url + path, { headers: { Accept: 'text/html', ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: response.headers,
            bytes: Buffer.concat(chunks),
          }),
        );
      }).on('error', reject);
    },
  );
/** The repository names a list page shows, in order. */
const listedNames = (html: string) =>
  [...html.matchAll(/<tr class="govuk-table__row" id="([^"]+)"/g)].map((match) => match[1]);

describe('the home page', () => {
  it('shows the public totals, when they were updated and the most common problems in words', async () => {
    const { response, html } = await page('/');
    expect(response.status).toBe(200);
    const summary = summarise(publicReports);
    expect(html).toContain(`>${summary.total}</a>`);
    expect(html).toContain(`>${summary.compliant}</a>`);
    expect(html).toContain(`>${summary.nonCompliant}</a>`);
    expect(html).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    for (const infraction of summary.topInfractions) expect(html).toContain(infraction.words);
    expect(html).toContain('href="/govuk/govuk-frontend.min.css"');
  });

  it('says plainly that sign-in is off when no issuer is configured', async () => {
    expect((await page('/')).html).toContain('Sign-in is not configured');
    const { response, html } = await page('/private-github-repositories.html');
    expect(response.status).toBe(503);
    expect(html).toContain('govuk-template');
  });

  it('answers a repeat visit with 304 until reports change', async () => {
    const own = await startReportsService(5);
    try {
      const home = (etag = '') =>
        fetch(own.url, {
          // As a browser revalidates; fetch would add Cache-Control: no-cache, which forbids a 304.
          headers: { Accept: 'text/html', 'If-None-Match': etag, 'Cache-Control': 'max-age=0' },
        });
      const etag = (await home()).headers.get('etag') ?? '';
      expect((await home(etag)).status).toBe(304);
      // A new public repository changes the totals, so the page and its ETag change.
      const [extra] = sampleReports(1).map(({ name, data }) => ({
        name: `new-${name}`,
        data: { ...data, name: `new-${name}`, is_private: false },
      }));
      await own.deps.reports.ingest(extra ? [extra] : []);
      expect((await home(etag)).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe('pages on the wire', () => {
  const path = '/all-public-repositories.html';

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'sends a page as %s to a browser that takes it, under an ETag of its own',
    async (encoding, decode) => {
      const plain = await onTheWire(path, {});
      const encoded = await onTheWire(path, { 'Accept-Encoding': encoding });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(encoded.headers['content-encoding']).toBe(encoding);
      expect(encoded.headers.vary).toMatch(/accept-encoding/i);
      expect(decode(encoded.bytes).equals(plain.bytes)).toBe(true);
      expect(encoded.bytes.length).toBeLessThan(plain.bytes.length / 4);
      const etag = encoded.headers.etag ?? '';
      expect(etag).not.toBe(plain.headers.etag);
      // An ETag revalidates its own encoding only: a cache must not answer gzip with brotli.
      const revalidated = await onTheWire(path, {
        'Accept-Encoding': encoding,
        'If-None-Match': etag,
      });
      expect(revalidated.status).toBe(304);
      expect((await onTheWire(path, { 'If-None-Match': etag })).status).toBe(200);
    },
  );

  it('prefers brotli when a browser lists gzip first', async () => {
    const answer = await onTheWire(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(answer.headers['content-encoding']).toBe('br');
  });
});

describe('where the Python service was right', () => {
  it.each(['/index', '/home'])('%s is the home page too', async (path) => {
    const [home, other] = await Promise.all([page('/'), page(path)]);
    expect(other.response.status).toBe(200);
    expect(other.html).toBe(home.html);
  });

  it('answers a search without q with no results, not an error', async () => {
    const { response, html } = await page('/search-results-public');
    expect(response.status).toBe(200);
    expect(listedNames(html)).toEqual([]);
    expect((await page('/search-public-repositories')).response.status).toBe(200);
  });

  it('shows zeros, not an error, while the table is empty', async () => {
    const empty = await startReportsService(0);
    try {
      const response = await fetch(empty.url, { headers: { Accept: 'text/html' } });
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html.match(/>0<\/a>/g)).toHaveLength(3);
      expect(html).toContain('never');
    } finally {
      await empty.close();
    }
  });
});

describe('the public lists', () => {
  it.each([
    ['/all-public-repositories.html', () => publicReports],
    ['/compliant-public-repositories.html', () => publicReports.filter((r) => r.data.status)],
    ['/non-compliant-public-repositories.html', () => publicReports.filter((r) => !r.data.status)],
  ])('%s lists the right repositories by name, once each, with badges', async (path, expected) => {
    const { html } = await page(path);
    const names = listedNames(html);
    expect(names).toEqual(
      expected()
        .map((report) => report.name)
        .sort(),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(html).toMatch(/Updated: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(html).toContain(`href="/api/v2/compliant-repository/${names[0]}"`);
  });

  it('never lists a private repository', async () => {
    const { html } = await page('/all-public-repositories.html');
    for (const report of privateReports) expect(html).not.toContain(report.name);
  });
});

describe('a public report', () => {
  it('shows each standard passed or failed, in words', async () => {
    const failing = publicReports.find((report) => !report.data.status)!;
    const { response, html } = await page(`/public-report/${failing.name}`);
    expect(response.status).toBe(200);
    expect(html).toContain(failing.data.url);
    expect(html).toMatch(/Fails \d of the 8 standards checked/);
    expect(html).toContain(failing.data.report.has_license ? 'Has a licence' : 'Has no licence');
  });

  it('is the same 404 page for an unknown repository and a private one', async () => {
    const missing = await page('/public-report/no-such-repository');
    expect(missing.response.status).toBe(404);
    expect(missing.html).toContain('Page not found');
    // The Python service showed private reports here; this one does not even say they exist.
    const name = privateReports[0]?.name ?? '';
    const hidden = await page(`/public-report/${name}`);
    expect(hidden.response.status).toBe(404);
    expect(hidden.html.replaceAll(name, 'X')).toBe((await page('/public-report/X')).html);
  });
});

describe('search', () => {
  const name = publicReports[3]?.name ?? '';

  it('answers an HTML fragment for search as you type, and a full page', async () => {
    const fragment = await page(`/search-public-repositories?q=${name.toUpperCase()}`);
    expect(fragment.html).toContain(`href="/public-report/${name}"`);
    expect(fragment.html).not.toContain('<html');
    const results = await page(`/search-results-public?q=${name.slice(0, 6)}`);
    expect(results.html).toContain('<html');
    expect(results.html).toContain(`href="/public-report/${name}"`);
    for (const report of privateReports) expect(results.html).not.toContain(report.name);
  });

  it('escapes what was searched for', async () => {
    const { html } = await page('/search-results-public?q=%3Cscript%3E');
    expect(html).toContain('No repository matches “&lt;script&gt;”');
  });
});

describe('private reports behind sign-in', () => {
  it('lets an allowed user see private repositories after signing in', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const issuer = await startOidcIssuer(base);
    const signedIn = await startReportsService(40, {
      PORT: String(port),
      OIDC_ISSUER_URL: issuer.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      APP_SECRET_KEY: 'app-secret-key-for-tests-0123456789abcdef',
      BASE_URL: base,
      ALLOWED_EMAIL_DOMAINS: 'example.org',
    });
    try {
      const anonymous = await fetch(`${base}/all-private-repositories.html`, {
        redirect: 'manual',
        headers: { Accept: 'text/html' },
      });
      expect(anonymous.status).toBe(302);
      const browser = browserSession();
      const visit = await browser.signIn(
        `${base}/all-private-repositories.html`,
        'ada@example.org',
      );
      expect(visit.response.status).toBe(200);
      expect(listedNames(visit.html)).toEqual(privateReports.map((report) => report.name).sort());
      expect(visit.html).not.toContain('Sign-in is not configured');
      const outsider = await browserSession().signIn(
        `${base}/all-private-repositories.html`,
        'eve@elsewhere.net',
      );
      expect(outsider.response.status).toBe(403);
      // The login feature's own pages take the service's GOV.UK layout.
      expect(outsider.html).toContain('govuk-template');
      expect(outsider.html).toContain('You have been signed out');
    } finally {
      await signedIn.close();
      await issuer.close();
    }
  });
});

describe('assets', () => {
  it('serves the GOV.UK styles, fonts and scripts from the installed package', async () => {
    for (const path of [
      '/govuk/govuk-frontend.min.css',
      '/govuk/govuk-frontend.min.js',
      '/assets/images/favicon.ico',
      '/reports-assets/reports.js',
    ]) {
      expect((await fetch(service.url + path)).status).toBe(200);
    }
  });
});
