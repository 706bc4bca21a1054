import type { Factor, Point } from '../matrix/answer-space.js';
import { everyPoint } from '../matrix/answer-space.js';
import { coveringSubset } from '../matrix/covering.js';

const factors: Factor[] = [
  { name: 'database', answer: 'database', levels: ['none', 'dynamodb', 'postgres'] },
  ...['a', 'b', 'c', 'd', 'e'].map((value) => ({
    name: `tooling:${value}`,
    answer: 'tooling',
    value,
    levels: [false, true],
  })),
];
// A rule like the reports component's: e needs dynamodb and a.
const valid = [...everyPoint(factors)].filter(
  (point) => point[5] === 0 || (point[0] === 1 && point[1] === 1),
);

/** Every pair of (factor, level) that some valid point holds and none of `chosen` does, by brute force. */
function uncoveredPairs(chosen: readonly Point[]): string[] {
  const key = (point: Point, i: number, j: number) => `${i}=${point[i]},${j}=${point[j]}`;
  const pairsOf = (points: readonly Point[]) => {
    const pairs = new Set<string>();
    for (const point of points)
      for (let i = 0; i < factors.length; i += 1)
        for (let j = i + 1; j < factors.length; j += 1) pairs.add(key(point, i, j));
    return pairs;
  };
  const covered = pairsOf(chosen);
  return [...pairsOf(valid)].filter((pair) => !covered.has(pair));
}

describe('the covering subset', () => {
  it('holds every pair of values that can occur together, in few valid points', () => {
    const chosen = coveringSubset(factors, valid, 2);
    expect(uncoveredPairs(chosen)).toEqual([]);
    expect(chosen.length).toBeLessThanOrEqual(8);
    const isValid = (point: Point) => valid.some((other) => other.join() === point.join());
    expect(chosen.every(isValid)).toBe(true);
  });

  it('never pairs values the rules keep apart', () => {
    const chosen = coveringSubset(factors, valid, 2);
    expect(chosen.some((point) => point[5] === 1 && point[0] === 2)).toBe(false);
  });

  it('adds only what the seeds leave uncovered', () => {
    const alone = coveringSubset(factors, valid, 2);
    const seeded = coveringSubset(factors, valid, 2, alone.slice(0, 3));
    expect(uncoveredPairs([...alone.slice(0, 3), ...seeded])).toEqual([]);
    expect(seeded.length).toBeLessThan(alone.length);
  });

  it('covers every triple at strength 3, and picks the same points on every run', () => {
    const chosen = coveringSubset(factors, valid, 3);
    expect(chosen.length).toBeGreaterThan(coveringSubset(factors, valid, 2).length);
    expect(coveringSubset(factors, valid, 3)).toEqual(chosen);
    const triples = (points: readonly Point[]) =>
      new Set(
        points.flatMap((point) =>
          [0, 1, 2, 3, 4, 5].flatMap((i) =>
            [0, 1, 2, 3, 4, 5].flatMap((j) =>
              [0, 1, 2, 3, 4, 5]
                .filter((k) => i < j && j < k)
                .map((k) => `${i}=${point[i]},${j}=${point[j]},${k}=${point[k]}`),
            ),
          ),
        ),
      );
    const covered = triples(chosen);
    expect([...triples(valid)].filter((triple) => !covered.has(triple))).toEqual([]);
  });
});
