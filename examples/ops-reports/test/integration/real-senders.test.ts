import { Fernet } from 'fernet-nodejs';
import { startReportsService } from '../helpers/reports-service.js';
import {
  senderHeaders,
  storedRecord,
  v1Body,
  v1Repository,
  v2Report,
  v2Requests,
} from '../helpers/sender-payloads.js';

const apiKey = 'sender-key-0123456789abcdef';
const fernetKey = Fernet.generateKey();
const service = await startReportsService(0, {
  API_KEYS: apiKey,
  ENCRYPTION_KEY: Buffer.from(fernetKey).toString('hex'),
});
afterAll(() => service.close());

const post = (path: string, body: string) =>
  fetch(service.url + path, { method: 'POST', headers: senderHeaders(apiKey), body });
const html = async (path: string) => {
  const response = await fetch(service.url + path, { headers: { Accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
};
const json = async (path: string) => (await fetch(service.url + path)).json() as Promise<unknown>;
const listed = (page: string) =>
  [...page.matchAll(/<tr class="govuk-table__row" id="([^"]+)"/g)].map((match) => match[1]);

describe('the current (v2) sender', () => {
  const organisation = Array.from({ length: 2500 }, (_, index) => v2Report(index));
  const isPublic = (report: Record<string, unknown>) => report.is_private === false;
  const publicReports = organisation.filter(isPublic);

  it('posts a 2,500-repository organisation in requests of ten, every one answered 200', async () => {
    for (const request of v2Requests(organisation)) {
      const response = await post('/api/v2/update-github-reports', JSON.stringify(request));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ message: 'GitHub reports updated', count: 10 });
    }
  }, 120_000);

  it('shows its totals on the home page and every public repository in the lists', async () => {
    const home = await html('/');
    const compliant = publicReports.filter((report) => report.status === true);
    expect(home.html).toContain(`>${publicReports.length}</a>`);
    expect(home.html).toContain(`>${compliant.length}</a>`);
    expect(home.html).toContain(`>${publicReports.length - compliant.length}</a>`);
    expect(listed((await html('/all-public-repositories.html')).html)).toEqual(
      publicReports.map((report) => String(report.name)).sort(),
    );
    expect(listed((await html('/compliant-public-repositories.html')).html)).toHaveLength(
      compliant.length,
    );
  });

  it('shows a report with its eight standards, the ninth not checked', async () => {
    const sent = publicReports.find(
      (report) => report.status === false && report.default_branch === 'unknown',
    )!;
    const page = await html(`/public-report/${String(sent.name)}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Not compliant');
    expect(page.html).toContain('unknown');
    expect(page.html.match(/govuk-tag--grey">Not checked/g)).toHaveLength(1);
    expect(page.html).toContain('Code owners must review');
    const failing = Object.values(sent.report as Record<string, boolean>).filter(
      (passed) => !passed,
    );
    expect(page.html.match(/govuk-tag--red">Fail</g)).toHaveLength(failing.length);
  });

  it('gets badges for public repositories and a 404 for private ones', async () => {
    const passing = publicReports.find((report) => report.status === true)!;
    expect(await json(`/api/v2/compliant-repository/${String(passing.name)}`)).toMatchObject({
      message: 'PASS',
    });
    const hidden = organisation.find((report) => !isPublic(report))!;
    const response = await fetch(
      `${service.url}/api/v2/compliant-repository/${String(hidden.name)}`,
    );
    expect(response.status).toBe(404);
  });

  it('is taken at its word on compliance, and its own standards are shown by name', async () => {
    const own: Record<string, unknown> = {
      ...v2Report(9001),
      is_private: false,
      status: true,
      report: {
        ...(v2Report(9001).report as object),
        has_license: false,
        has_security_policy: false,
      },
    };
    await post('/api/v2/update-github-reports', JSON.stringify([JSON.stringify(own)]));
    expect(await json(`/api/v1/compliant_public_repositories/${String(own.name)}`)).toEqual({
      result: 'PASS',
    });
    const page = await html(`/public-report/${String(own.name)}`);
    expect(page.html).toContain('Fails: has security policy');
    expect(page.html).toContain('Has no licence');
  });
});

describe('the Fernet-era (v1) sender', () => {
  const publicItems = [v1Repository(5001), v1Repository(5002), v1Repository(5003)];
  const privateItem = v1Repository(5004);

  it('posts to the public and private endpoints, privacy from the endpoint', async () => {
    const shown = await post('/update_public_repositories', v1Body(fernetKey, publicItems));
    expect(shown.status).toBe(200);
    expect(await shown.json()).toEqual({ message: 'GitHub reports updated', count: 3 });
    const hidden = await post(
      '/update_private_repositories',
      v1Body(fernetKey, [JSON.stringify(privateItem)]),
    );
    expect(hidden.status).toBe(200);
    const view = await service.deps.reports.catalog.current();
    expect(view.byName.get(String(privateItem.name))?.data.is_private).toBe(true);
    expect(view.byName.get(String(publicItems[0]?.name))?.data).toMatchObject({
      is_private: false,
      issues_enabled: publicItems[0]?.issues_enabled,
      infractions: [],
    });
  });

  it('cannot make an item public through the private endpoint, nor private through the public one', async () => {
    const sneaky: Record<string, unknown> = { ...v1Repository(5005), is_private: false };
    const shy: Record<string, unknown> = { ...v1Repository(5006), is_private: true };
    expect(
      (await post('/update_private_repositories', v1Body(fernetKey, [JSON.stringify(sneaky)])))
        .status,
    ).toBe(200);
    expect((await post('/update_public_repositories', v1Body(fernetKey, [shy]))).status).toBe(200);
    const view = await service.deps.reports.catalog.current();
    expect(view.byName.get(String(sneaky.name))?.data.is_private).toBe(true);
    expect(view.byName.get(String(shy.name))?.data.is_private).toBe(false);
    const badge = await fetch(
      `${service.url}/api/v1/compliant_public_repositories/endpoint/${String(sneaky.name)}`,
    );
    expect(badge.status).toBe(404);
  });

  it('is shown with PASS and FAIL as sent, and the standards it never checked', async () => {
    for (const item of publicItems) {
      const badge = await json(
        `/api/v1/compliant_public_repositories/endpoint/${String(item.name)}`,
      );
      expect(badge).toMatchObject({ message: item.status });
    }
    const page = await html(`/public-report/${String(publicItems[0]?.name)}`);
    expect(page.html.match(/govuk-tag--grey">Not checked/g)).toHaveLength(2);
    expect(page.html).toContain('2022-08-22 15:28 UTC');
  });
});

describe('a DynamoDB export of the Python service', () => {
  it('is taken as posted records {name, data, stored_at}', async () => {
    const records = [storedRecord(7001), storedRecord(7002)];
    const response = await post('/api/v2/update-github-reports', JSON.stringify(records));
    expect(response.status).toBe(200);
    const view = await service.deps.reports.catalog.current();
    expect(view.byName.get(records[0]!.name)?.data).toEqual(records[0]!.data);
  });
});
