import { Fernet } from 'fernet-nodejs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { reportsTable } from '../../src/reports/dynamodb-report-store.js';
import { sampleReports } from '../../src/reports/sample-reports.js';
import { fernetToken } from '../helpers/fernet-token.js';
import { testDeps } from '../helpers/test-deps.js';

const apiKey = 'sender-key-0123456789abcdef';
const fernetKey = Fernet.generateKey();
const deps = await testDeps({
  API_KEYS: apiKey,
  // The Python service's spelling: the hex of the Fernet key its senders encrypt with.
  ENCRYPTION_KEY: Buffer.from(fernetKey).toString('hex'),
  DYNAMODB_TABLE_NAME: 'ops-reports',
});
const app = createApp(deps);

// The sender posts each report as a JSON string; sample reports are about a fifth private.
const reports = sampleReports(20).map(({ name, data }) => ({ name, data }));
function pick(what: string, test: (report: (typeof reports)[number]) => boolean) {
  const found = reports.find(test);
  if (!found) throw new Error(`the sample reports have no ${what} repository`);
  return found;
}
const pass = pick('passing public', (report) => report.data.status && !report.data.is_private);
const fail = pick('failing public', (report) => !report.data.status && !report.data.is_private);
const hidden = pick('private', (report) => report.data.is_private);

const post = (body: unknown) =>
  request(app)
    .post('/api/v2/update-github-reports')
    .set('X-API-KEY', apiKey)
    .send(body as object);

beforeAll(async () => {
  const response = await post(reports.map((report) => JSON.stringify(report))).expect(200);
  expect(response.body).toEqual({ message: 'GitHub reports updated', count: 20 });
});

describe('POST /api/v2/update-github-reports', () => {
  it('keeps the reports in the table DYNAMODB_TABLE_NAME names', () => {
    expect(deps.dynamodb.tableName(reportsTable)).toBe('ops-reports');
  });

  it('refuses a missing or wrong API key with a JSON 401', async () => {
    await request(app).post('/api/v2/update-github-reports').send([]).expect(401);
    const wrong = await request(app)
      .post('/api/v2/update-github-reports')
      .set('X-API-KEY', 'not-the-key-0123456789')
      .send([])
      .expect(401);
    expect(wrong.body).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await request(app)
      .post('/api/v2/update-github-reports')
      .set('X-API-KEY', apiKey)
      .set('Content-Type', 'text/csv')
      .send('name,status')
      .expect(415);
    expect(response.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('answers 400 to malformed JSON and to a body that is not an array', async () => {
    const malformed = await request(app)
      .post('/api/v2/update-github-reports')
      .set('X-API-KEY', apiKey)
      .set('Content-Type', 'application/json')
      .send('[{"name":')
      .expect(400);
    expect(malformed.body).toMatchObject({ error: { code: 'malformed_json' } });
    await post({ name: 'x' }).expect(400);
  });

  it('answers 422 naming the failing items, and stores none of them', async () => {
    const response = await post([reports[0], { name: 'half-a-report' }]).expect(422);
    expect(response.body).toMatchObject({
      error: { code: 'invalid_reports', details: [{ index: 1 }] },
    });
    expect((await deps.reports.catalog.current()).byName.has('half-a-report')).toBe(false);
  });

  it('takes 5,000 repositories in one upload under the default limit', async () => {
    const many = sampleReports(5000).map(({ name, data }) => JSON.stringify({ name, data }));
    expect(Buffer.byteLength(JSON.stringify(many))).toBeLessThan(10 * 1024 * 1024);
    const response = await post(many).expect(200);
    expect(response.body).toEqual({ message: 'GitHub reports updated', count: 5000 });
    await post(reports).expect(200);
  });
});

describe('an upload over REPORTS_BODY_LIMIT', () => {
  it('is answered 413', async () => {
    const small = createApp(await testDeps({ API_KEYS: apiKey, REPORTS_BODY_LIMIT: '2kb' }));
    const response = await request(small)
      .post('/api/v2/update-github-reports')
      .set('X-API-KEY', apiKey)
      .send(reports)
      .expect(413);
    expect(response.body).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});

describe('badges and compliance', () => {
  it.each(['/api/v1/compliant_public_repositories/endpoint/', '/api/v2/compliant-repository/'])(
    '%s<name> answers the shields.io endpoint JSON',
    async (path) => {
      const passing = await request(app)
        .get(path + pass.name)
        .expect(200);
      expect(passing.body).toEqual({
        schemaVersion: 1,
        label: 'MoJ Compliant',
        message: 'PASS',
        color: '005ea5',
        labelColor: '231f20',
        style: 'for-the-badge',
      });
      const failing = await request(app)
        .get(path + fail.name)
        .expect(200);
      expect(failing.body).toMatchObject({ message: 'FAIL', color: 'd4351c', isError: 'true' });
      await request(app).get(`${path}no-such-repository`).expect(404);
      // A private repository is answered as if it did not exist.
      const secret = await request(app)
        .get(path + hidden.name)
        .expect(404);
      expect(secret.body).toMatchObject({ error: { code: 'not_found' } });
    },
  );

  it('/api/v1/compliant_public_repositories/<name> answers PASS or FAIL', async () => {
    const base = '/api/v1/compliant_public_repositories/';
    expect(
      (
        await request(app)
          .get(base + pass.name)
          .expect(200)
      ).body,
    ).toEqual({
      result: 'PASS',
    });
    expect(
      (
        await request(app)
          .get(base + fail.name)
          .expect(200)
      ).body,
    ).toEqual({
      result: 'FAIL',
    });
  });

  it('POST /api/public-compliance-report tells nothing about private repositories', async () => {
    const response = await request(app)
      .post('/api/public-compliance-report')
      .send({ repository_names: [pass.name, fail.name, hidden.name, 'no-such-repository'] })
      .expect(200);
    expect(response.body).toEqual({
      [pass.name]: 'PASS',
      [fail.name]: 'FAIL',
      [hidden.name]: 'NOT_FOUND',
      'no-such-repository': 'NOT_FOUND',
    });
    await request(app)
      .post('/api/public-compliance-report')
      .send({ repository_names: 'all' })
      .expect(400);
  });
});

describe('the v1 routes of existing senders', () => {
  // Each sent as the other endpoint's kind: the endpoint, not the item, says which it is.
  const madePrivate = { ...pass.data, name: 'made-private', is_private: false };
  const madePublic = { ...hidden.data, name: 'made-public', is_private: true };
  const token = (data: unknown[]) =>
    fernetToken(fernetKey, JSON.stringify({ updated_at: '2026-01-05 09:30', data }));

  it('take a Fernet token as a JSON string or as text', async () => {
    const asJson = await request(app)
      .post('/update_private_repositories')
      .set('X-API-KEY', apiKey)
      .send(JSON.stringify(token([madePrivate])))
      .set('Content-Type', 'application/json')
      .expect(200);
    expect(asJson.body).toEqual({ message: 'GitHub reports updated', count: 1 });
    await request(app)
      .post('/update_public_repositories')
      .set('X-API-KEY', apiKey)
      .set('Content-Type', 'text/plain')
      .send(token([madePublic]))
      .expect(200);
    const { byName } = await deps.reports.catalog.current();
    expect(byName.get('made-private')?.data.is_private).toBe(true);
    expect(byName.get('made-public')?.data.is_private).toBe(false);
    // So the private one is hidden from the public badge, and the public one is shown.
    await request(app).get('/api/v2/compliant-repository/made-private').expect(404);
    await request(app).get('/api/v2/compliant-repository/made-public').expect(200);
  });

  it('refuse a token under another key with a 400 and no key with a 401', async () => {
    const other = fernetToken(Fernet.generateKey(), '{"updated_at":1,"data":[]}');
    await request(app)
      .post('/update_public_repositories')
      .set('X-API-KEY', apiKey)
      .set('Content-Type', 'text/plain')
      .send(other)
      .expect(400);
    await request(app)
      .post('/update_public_repositories')
      .set('Content-Type', 'text/plain')
      .send(token([]))
      .expect(401);
  });
});

describe('a development start on an empty embedded database', () => {
  it('stores sample reports, so there is something to see, and says they are made up', async () => {
    const dev = await testDeps({ NODE_ENV: 'development' });
    const view = await dev.reports.catalog.current();
    expect(view.samples).toBe(true);
    expect(view.reports.length).toBeGreaterThan(10);
    expect(view.reports.some((report) => report.data.is_private)).toBe(true);
    const home = await request(createApp(dev)).get('/').set('Accept', 'text/html').expect(200);
    expect(home.text).toContain('made-up sample reports');
  });

  it('replaces them with the first real upload, in the view and in the table', async () => {
    const dev = await testDeps({ NODE_ENV: 'development', API_KEYS: apiKey });
    await request(createApp(dev))
      .post('/api/v2/update-github-reports')
      .set('X-API-KEY', apiKey)
      .send([JSON.stringify(pass)])
      .expect(200);
    const view = await dev.reports.catalog.current();
    expect(view.samples).toBe(false);
    expect(view.reports.map((report) => report.name)).toEqual([pass.name]);
    const { Items = [] } = await dev.dynamodb.documents.send(
      new ScanCommand({ TableName: dev.dynamodb.tableName(reportsTable) }),
    );
    expect(Items.map((item) => String(item.name)).sort()).toEqual(['#key-check', pass.name]);
  });

  it('stores none where NODE_ENV is test or production', async () => {
    const test = await testDeps({ NODE_ENV: 'test' });
    expect((await test.reports.catalog.current()).reports).toEqual([]);
  });
});
