import { randomBytes } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { pino } from 'pino';
import { reportsTable, dynamoReportStore } from '../../src/reports/dynamodb-report-store.js';
import { sampleReports } from '../../src/reports/sample-reports.js';
import { dynamoEngines } from '../helpers/test-dynamodb.js';

describe.each(dynamoEngines())('the report store on $name', (engine) => {
  const key = randomBytes(32);
  const reports = sampleReports(30);

  it('stores reports sealed and reads them back, the key check record left out', async () => {
    const dynamo = await engine.open();
    try {
      const store = dynamoReportStore(dynamo, key, pino({ level: 'silent' }));
      await store.checkKey();
      await store.save(reports);
      const { reports: read } = await store.all();
      expect(read.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        [...reports].sort((a, b) => a.name.localeCompare(b.name)),
      );
      const { Items = [] } = await dynamo.documents.send(
        new ScanCommand({ TableName: dynamo.tableName(reportsTable) }),
      );
      expect(Items).toHaveLength(31);
      // Only the name is in the clear: the table says nothing else about a repository.
      for (const item of Items) expect(Object.keys(item).sort()).toEqual(['name', 'sealed']);
      const raw = Buffer.from(
        Items.find((item) => item.name === reports[0]?.name)?.sealed as Uint8Array,
      );
      expect(raw.toString('latin1')).not.toContain('default_branch');
    } finally {
      await dynamo.close();
    }
  });

  it('leaves out and logs a record that does not open, showing the rest', async () => {
    const dynamo = await engine.open();
    try {
      const lines: string[] = [];
      const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
      await dynamoReportStore(dynamo, randomBytes(32), logger).save(reports.slice(0, 1));
      const store = dynamoReportStore(dynamo, key, logger);
      await store.save(reports.slice(1, 3));
      expect((await store.all()).reports.map((report) => report.name).sort()).toEqual(
        reports
          .slice(1, 3)
          .map((report) => report.name)
          .sort(),
      );
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
        repository: reports[0]?.name,
        msg: 'a stored report does not open with ENCRYPTION_KEY and is left out',
      });
    } finally {
      await dynamo.close();
    }
  });

  it('refuses at start a key other than the one the reports were sealed with', async () => {
    const dynamo = await engine.open();
    try {
      const quiet = pino({ level: 'silent' });
      await dynamoReportStore(dynamo, key, quiet).checkKey();
      await dynamoReportStore(dynamo, key, quiet).checkKey();
      await expect(dynamoReportStore(dynamo, randomBytes(32), quiet).checkKey()).rejects.toThrow(
        `ENCRYPTION_KEY is not the key the reports in ${dynamo.tableName(reportsTable)} were sealed with`,
      );
    } finally {
      await dynamo.close();
    }
  });
});
