import request from 'supertest';
import { createApp } from '../../src/app.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps({ DATA_PAGE_SIZE: '10' });
const app = createApp(deps);

interface TabularPage {
  headers: string[];
  values: unknown[][];
  next: string | null;
}

describe('GET /get-data', () => {
  it('answers the first page in tabular form, with the URL of the next', async () => {
    const response = await request(app).get('/get-data').expect(200);
    const page = response.body as TabularPage;
    expect(page.headers).toEqual(['id', 'country', 'isoCode', 'capital', 'populationMillions']);
    expect(page.values).toHaveLength(10);
    expect(page.values[0]).toEqual([1, 'Austria', 'AT', 'Vienna', 9.1]);
    expect(page.next).toBe('/get-data?orientation=tabular&next-id=11');
  });

  it('walks every row exactly once by following next', async () => {
    const ids: unknown[] = [];
    let next: string | null = '/get-data';
    while (next) {
      const page = (await request(app).get(next).expect(200)).body as TabularPage;
      ids.push(...page.values.map((row) => row[0]));
      next = page.next;
    }
    expect(ids).toEqual(Array.from({ length: 27 }, (_, index) => index + 1));
  });

  it('answers records when asked', async () => {
    const response = await request(app).get('/get-data?orientation=records&next-id=27').expect(200);
    expect(response.body).toEqual({
      results: [
        {
          id: 27,
          country: 'Sweden',
          isoCode: 'SE',
          capital: 'Stockholm',
          populationMillions: 10.6,
        },
      ],
      next: null,
    });
  });

  it.each([
    ['orientation=sideways', 'orientation must be one of tabular, records'],
    ['next-id=zero', 'next-id must be a positive whole number'],
    ['next-id=-4', 'next-id must be a positive whole number'],
  ])('refuses ?%s with a JSON 400', async (query, message) => {
    const response = await request(app).get(`/get-data?${query}`).expect(400);
    expect(response.body).toEqual({ error: { code: 'bad_request', message } });
  });
});
