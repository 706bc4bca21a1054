import type { ReportStore } from '../../src/reports/dynamodb-report-store.js';
import { reportCatalog } from '../../src/reports/report-catalog.js';
import type { Report } from '../../src/reports/report.js';
import { sampleReports } from '../../src/reports/sample-reports.js';

/** A store in memory that counts its reads: the catalog's behaviour, not DynamoDB's, is under test. */
function countingStore(reports: Report[]) {
  const store = {
    reports,
    reads: 0,
    failNext: false,
    save: () => Promise.resolve(),
    checkKey: () => Promise.resolve(),
    recover: () => Promise.resolve(0),
    all() {
      store.reads += 1;
      if (store.failNext) {
        store.failNext = false;
        return Promise.reject(new Error('the table is unreachable'));
      }
      return Promise.resolve({ reports: [...store.reports], samples: false });
    },
  };
  return store satisfies ReportStore;
}

describe('the report catalog', () => {
  let clock = 0;
  const now = () => clock;

  it('reads the reports once and shares them, sorted by name', async () => {
    const store = countingStore(sampleReports(10).reverse());
    const catalog = reportCatalog(store, 30_000, now);
    const [first, second] = await Promise.all([catalog.current(), catalog.current()]);
    expect(first).toBe(second);
    expect(store.reads).toBe(1);
    expect(first.reports.map((report) => report.name)).toEqual(
      sampleReports(10)
        .map((report) => report.name)
        .sort(),
    );
    expect(first.updatedAt).toBe(sampleReports(1)[0]?.stored_at);
  });

  it('reads again after changed() or maxAge, keeping the version while nothing changed', async () => {
    const store = countingStore(sampleReports(5));
    const catalog = reportCatalog(store, 30_000, now);
    const before = await catalog.current();
    clock += 31_000;
    const reread = await catalog.current();
    expect(store.reads).toBe(2);
    expect(reread.version).toBe(before.version);
    store.reports = sampleReports(5, '2026-02-01T00:00:00.000Z');
    catalog.changed();
    const after = await catalog.current();
    expect(store.reads).toBe(3);
    expect(after.version).toBe(before.version + 1);
    expect(after.updatedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('does not keep a failed read', async () => {
    const store = countingStore(sampleReports(3));
    const catalog = reportCatalog(store, 30_000, now);
    store.failNext = true;
    await expect(catalog.current()).rejects.toThrow('the table is unreachable');
    expect((await catalog.current()).reports).toHaveLength(3);
  });
});
