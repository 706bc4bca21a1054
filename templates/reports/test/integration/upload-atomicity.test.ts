import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { dynamoReportStore, reportsTable } from '../../src/reports/dynamodb-report-store.js';
import { reportKeys } from '../../src/reports/encryption-key.js';
import { stagedReport } from '../../src/reports/upload-records.js';
import { seal } from '../../src/reports/sealed-record.js';
import { failCall } from '../helpers/dynamodb-faults.js';
import { testDeps } from '../helpers/test-deps.js';
import { senderHeaders, v2Report } from '../helpers/sender-payloads.js';

const apiKey = 'sender-key-0123456789abcdef';
const testKey = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

async function service() {
  const deps = await testDeps({ API_KEYS: apiKey, ENCRYPTION_KEY: testKey });
  const app = createApp(deps);
  const post = (reports: Record<string, unknown>[]) =>
    request(app)
      .post('/api/v2/update-github-reports')
      .set(senderHeaders(apiKey))
      .send(reports.map((report) => JSON.stringify(report)));
  /** Every record's name, as a scan of the table shows it. */
  const tableNames = async () => {
    const { Items = [] } = await deps.dynamodb.documents.send(
      new ScanCommand({ TableName: deps.dynamodb.tableName(reportsTable), ConsistentRead: true }),
    );
    return Items.map((item) => String(item.name)).sort();
  };
  /** What another instance, reading the table afresh, would show. */
  const freshRead = async () => {
    const store = dynamoReportStore(deps.dynamodb, reportKeys(testKey).atRest, deps.logger);
    return (await store.all()).reports.map((report) => report.name).sort();
  };
  return { deps, post, tableNames, freshRead };
}

const upload = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => v2Report(from + index));
const namesOf = (reports: Record<string, unknown>[]) =>
  reports.map((report) => String(report.name)).sort();

describe('an upload is all or nothing', () => {
  it('refuses a report too large for DynamoDB with a 413 naming it, before writing any', async () => {
    const { post, tableNames } = await service();
    const reports = upload(0, 26);
    reports[25] = { ...reports[25], notes: 'x'.repeat(420_000) };
    const before = await tableNames();
    const response = await post(reports).expect(413);
    expect(response.body).toMatchObject({
      error: {
        code: 'report_too_large',
        message: expect.stringMatching(/KB once sealed; DynamoDB keeps at most 400 KB/) as string,
        details: [{ name: reports[25]?.name }],
      },
    });
    expect(await tableNames()).toEqual(before);
  });

  it.each([
    ['the second batch of staging', 'BatchWriteItemCommand', 2],
    ['the commit record', 'PutItemCommand', 1],
  ])('stores nothing and answers 503 when %s fails', async (_what, command, nth) => {
    const { deps, post, tableNames, freshRead } = await service();
    await post(upload(0, 5)).expect(200);
    const before = await tableNames();
    const stop = failCall(deps.dynamodb.client, command, nth);
    const response = await post(upload(100, 30)).expect(503);
    stop();
    expect(response.body).toMatchObject({
      error: {
        code: 'service_unavailable',
        message: expect.stringContaining('nothing of this upload was kept') as string,
      },
    });
    expect(await tableNames()).toEqual(before);
    expect(await freshRead()).toEqual(namesOf(upload(0, 5)));
    expect((await deps.reports.catalog.current()).reports).toHaveLength(5);
  });

  it('answers 200 once committed, even if applying it is cut off; a restart finishes it', async () => {
    const { deps, post, tableNames, freshRead } = await service();
    // Staging is the first BatchWriteItem of a 10-report upload, applying the second.
    const stop = failCall(deps.dynamodb.client, 'BatchWriteItemCommand', 2);
    await post(upload(0, 10)).expect(200);
    stop();
    expect(await freshRead()).toEqual(namesOf(upload(0, 10)));
    expect((await tableNames()).filter((name) => name.startsWith('#staged/'))).toHaveLength(10);
    expect(await deps.reports.store.recover()).toBe(1);
    expect(await tableNames()).toEqual(['#key-check', ...namesOf(upload(0, 10))].sort());
    expect(await freshRead()).toEqual(namesOf(upload(0, 10)));
  });

  it('never shows an upload that was staged and not committed; tidies it once abandoned', async () => {
    const { deps, tableNames, freshRead } = await service();
    const key = reportKeys(testKey).atRest;
    const staged = (upload: string) => {
      const report = { name: 'half-sent', data: v2Report(1), stored_at: upload };
      return stagedReport(upload, 'half-sent', seal(key, 'half-sent', report), false).request;
    };
    const TableName = deps.dynamodb.tableName(reportsTable);
    const inFlight = `${new Date().toISOString()}/00000001`;
    await deps.dynamodb.client.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [TableName]: [staged('2020-01-01T00:00:00.000Z/00000000'), staged(inFlight)],
        },
      }),
    );
    expect(await freshRead()).toEqual([]);
    await deps.reports.store.recover();
    // The old one is gone; one staged a moment ago may be another instance's, still sending.
    expect(await tableNames()).toEqual(['#key-check', `#staged/${inFlight}/half-sent`]);
  });
});
