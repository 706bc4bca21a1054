import { orient } from '../../src/data/orientation.js';
import { readPage } from '../../src/data/read-page.js';

const rows = [
  { id: 3, name: 'c' },
  { id: 1, name: 'a' },
  { id: 2, name: 'b' },
];

describe('orient', () => {
  it('names the columns once in tabular form', () => {
    expect(orient(rows.slice(0, 2), ['id', 'name'], 'tabular')).toEqual({
      headers: ['id', 'name'],
      values: [
        [3, 'c'],
        [1, 'a'],
      ],
    });
  });

  it('keeps each row an object in records form', () => {
    expect(orient(rows.slice(0, 1), ['id', 'name'], 'records')).toEqual({
      results: [{ id: 3, name: 'c' }],
    });
  });
});

describe('readPage', () => {
  it('pages in id order and hands out where the next page starts', () => {
    expect(readPage(rows, { startId: 1, pageSize: 2 })).toEqual({
      rows: [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ],
      nextId: 3,
    });
  });

  it('says there is no next page on the last one', () => {
    expect(readPage(rows, { startId: 3, pageSize: 2 })).toEqual({
      rows: [{ id: 3, name: 'c' }],
      nextId: null,
    });
  });

  it('returns an empty last page past the end', () => {
    expect(readPage(rows, { startId: 9, pageSize: 2 })).toEqual({ rows: [], nextId: null });
  });
});
