import type { DataRows } from '../../src/data/data-rows.js';

/**
 * What every DataRows adapter must do with the sample data set (ids 1 to 27),
 * run by each adapter's own test against each engine it supports.
 */
export function dataRowsContract(open: () => Promise<{ rows: DataRows; close(): Promise<void> }>) {
  let store: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(() => store.close());

  it('pages in id order and hands out where the next page starts', async () => {
    const page = await store.rows.readPage({ startId: 1, pageSize: 10 });
    expect(page.rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(page.rows[0]).toEqual({
      id: 1,
      country: 'Austria',
      isoCode: 'AT',
      capital: 'Vienna',
      populationMillions: 9.1,
    });
    expect(page.nextId).toBe(11);
  });

  it('starts a page at any id and says there is no next page on the last one', async () => {
    const page = await store.rows.readPage({ startId: 25, pageSize: 10 });
    expect(page.rows.map((row) => row.id)).toEqual([25, 26, 27]);
    expect(page.nextId).toBeNull();
  });

  it('ends exactly at a page boundary without an empty extra page', async () => {
    const page = await store.rows.readPage({ startId: 18, pageSize: 10 });
    expect(page.rows).toHaveLength(10);
    expect(page.nextId).toBeNull();
  });

  it('returns an empty last page past the end', async () => {
    expect(await store.rows.readPage({ startId: 99, pageSize: 10 })).toEqual({
      rows: [],
      nextId: null,
    });
  });
}
