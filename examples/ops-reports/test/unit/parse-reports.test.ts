import { AppError } from '../../src/errors.js';
import { parseReports } from '../../src/reports/parse-reports.js';
import { sampleReports } from '../../src/reports/sample-reports.js';

const [first, second] = sampleReports(2).map(({ name, data }) => ({ name, data }));

function failureOf(body: unknown): AppError {
  try {
    parseReports(body);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the body to be refused');
}

describe('parseReports', () => {
  it('takes report objects and the JSON strings of them the current sender posts', () => {
    expect(parseReports([first, JSON.stringify(second)])).toEqual([first, second]);
  });

  it('keeps fields it does not know', () => {
    const extra = { ...first, team: 'platform', data: { ...first?.data, topics: ['ops'] } };
    expect(parseReports([extra])).toEqual([extra]);
  });

  it('keeps the last report of a repository posted twice', () => {
    const later = { ...first, data: { ...first?.data, status: !first?.data.status } };
    expect(parseReports([first, later])).toEqual([later]);
  });

  it('refuses a body that is not an array with a 400', () => {
    expect(failureOf({ reports: [] })).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('names the failing items by index with a 422', () => {
    const error = failureOf([
      first,
      { name: 'no-data' },
      '{not json',
      { ...second, data: { ...second?.data, url: 'not a url' } },
    ]);
    expect(error).toMatchObject({ status: 422, code: 'invalid_reports' });
    expect(error.message).toBe(
      '3 of 4 reports do not match the report schema; the first is item 1',
    );
    expect(error.details).toEqual([
      { index: 1, problem: expect.stringMatching(/^data: /) as string },
      { index: 2, problem: 'a string that is not JSON' },
      { index: 3, problem: expect.stringMatching(/^data\.url: /) as string },
    ]);
  });

  it('refuses a name that is not a GitHub repository name', () => {
    const error = failureOf([{ ...first, name: '#key-check' }]);
    expect(error.details).toEqual([
      {
        index: 0,
        problem: expect.stringMatching(/^name: expected a GitHub repository name/) as string,
      },
    ]);
  });
});
