import { AppError } from '../../src/errors.js';
import { parseReports } from '../../src/reports/parse-reports.js';
import { storedRecord, v1Repository, v2Report } from '../helpers/sender-payloads.js';

const flat = v2Report(1);
const name = String(flat.name);

function failureOf(body: unknown): AppError {
  try {
    parseReports(body);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the body to be refused');
}
const problemsOf = (...items: unknown[]) =>
  (failureOf(items).details as { problem: string }[]).map((failure) => failure.problem);

/** The report as JSON with a field nested `depth` levels deep: too deep for JSON.stringify. */
const nestedJson = (depth: number) =>
  `${JSON.stringify(flat).slice(0, -1)},"extra":${'{"deeper":'.repeat(depth)}0${'}'.repeat(depth)}}`;

describe('parseReports', () => {
  it('takes the flat report of the current sender, as an object or its JSON string', () => {
    const expected = [{ name, data: flat }];
    expect(parseReports([flat])).toEqual(expected);
    expect(parseReports([JSON.stringify(flat)])).toEqual(expected);
  });

  it('takes a stored record {name, data, stored_at}, dropping its old stamp', () => {
    const record = storedRecord(2);
    expect(parseReports([record])).toEqual([{ name: record.name, data: record.data }]);
  });

  it('takes a v1 repository with the privacy its endpoint decides, status in words', () => {
    const item = v1Repository(3);
    const [report] = parseReports([item], { is_private: true });
    expect(report?.data).toEqual({
      ...item,
      is_private: true,
      status: item.status === 'PASS',
      infractions: [],
    });
  });

  it.each([true, false])(
    'lets no item override what its endpoint decides (is_private %s)',
    (decided) => {
      const flatItem = { ...v1Repository(4), is_private: !decided };
      const stored = {
        ...storedRecord(5),
        data: { ...storedRecord(5).data, is_private: !decided },
      };
      const reports = parseReports([flatItem, stored], { is_private: decided });
      expect(reports.map((report) => report.data.is_private)).toEqual([decided, decided]);
    },
  );

  it('keeps fields it does not know, at every level', () => {
    const extra = {
      ...flat,
      team: 'platform',
      report: { ...(flat.report as object), custom: true },
    };
    expect(parseReports([extra])).toEqual([{ name, data: extra }]);
  });

  it('keeps the last report of a repository posted twice', () => {
    const later = { ...flat, status: !flat.status };
    expect(parseReports([flat, later])).toEqual([{ name, data: later }]);
  });

  it('refuses a body that is not an array with a 400', () => {
    expect(failureOf({ reports: [] })).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('names the failing items by index with a 422', () => {
    const error = failureOf([
      flat,
      { name: 'no-data' },
      '{not json',
      { ...flat, is_private: 'no' },
    ]);
    expect(error).toMatchObject({ status: 422, code: 'invalid_reports' });
    expect(error.message).toBe(
      '3 of 4 reports do not match the report schema; the first is item 1',
    );
    expect(error.details).toEqual([
      { index: 1, problem: expect.stringMatching(/^data\./) as string },
      { index: 2, problem: 'a string that is not JSON' },
      { index: 3, problem: expect.stringMatching(/^data\.is_private: /) as string },
    ]);
  });

  it.each(['.', '..', '../etc', 'a/b', '#key-check', '', 'x'.repeat(101)])(
    'refuses the repository name %j',
    (bad) => {
      const [problem] = problemsOf({ ...flat, name: bad });
      expect(problem).toMatch(/^(name|data\.name): expected a GitHub repository name/);
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/x',
  ])('refuses the url %s: pages link to it', (url) => {
    expect(problemsOf({ ...flat, url })).toEqual(['data.url: expected an http or https URL']);
  });

  it('refuses a known standard that is not a boolean, and a record whose names differ', () => {
    expect(problemsOf({ ...flat, report: { has_license: 'yes' } })[0]).toMatch(
      /^data\.report\.has_license: /,
    );
    expect(problemsOf({ name: 'one', data: { ...flat, name: 'other' } })).toEqual([
      'data.name: differs from the name of the report',
    ]);
  });

  it('refuses extra fields nested thousands of levels deep, without overflowing the stack', () => {
    const deep = nestedJson(10_000);
    expect(problemsOf(JSON.parse(deep), deep)).toEqual([
      'nested deeper than 32 levels',
      'nested deeper than 32 levels',
    ]);
  });
});
