import { orient } from '../../src/data/orientation.js';

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
