import type { Factor, Point } from './answer-space.js';

/**
 * A t-wise covering subset of the valid points: every t answer values that
 * occur together in some valid point occur together in a chosen one. Built
 * greedily (the point covering most uncovered tuples next), with lazy gains:
 * a point's gain only falls as others are chosen, so a stale gain is an
 * upper bound and only the front of the queue is ever recounted.
 */
export function coveringSubset(
  factors: readonly Factor[],
  valid: readonly Point[],
  strength: number,
  seeds: readonly Point[] = [],
): Point[] {
  const tuples = tupleIndex(factors, strength);
  const required = new Uint8Array(tuples.size);
  for (const point of valid) for (const key of tuples.keysOf(point)) required[key] = 1;
  const covered = new Uint8Array(tuples.size);
  const cover = (point: Point) => {
    for (const key of tuples.keysOf(point)) covered[key] = 1;
  };
  const gainOf = (point: Point) => {
    let gain = 0;
    for (const key of tuples.keysOf(point)) if (required[key] && !covered[key]) gain += 1;
    return gain;
  };
  seeds.forEach(cover);

  const queue = new Heap(
    valid.map((point, order) => ({ point, order, gain: gainOf(point) })),
    (a, b) => b.gain - a.gain || a.order - b.order,
  );
  const chosen: Point[] = [];
  for (let head = queue.pop(); head && head.gain > 0; head = queue.pop()) {
    head.gain = gainOf(head.point);
    const next = queue.peek();
    if (next && queue.before(next, head)) {
      queue.push(head); // stale: back to where its recounted gain puts it
      continue;
    }
    if (head.gain === 0) break;
    chosen.push(head.point);
    cover(head.point);
  }
  return chosen;
}

/** How many t-tuples of values the valid points hold, and how many of them `points` cover. */
export function tupleCoverage(
  factors: readonly Factor[],
  valid: readonly Point[],
  points: readonly Point[],
  strength: number,
): { required: number; covered: number } {
  const tuples = tupleIndex(factors, strength);
  const required = new Set<number>();
  for (const point of valid) for (const key of tuples.keysOf(point)) required.add(key);
  const covered = new Set<number>();
  for (const point of points)
    for (const key of tuples.keysOf(point)) if (required.has(key)) covered.add(key);
  return { required: required.size, covered: covered.size };
}

/** Numbers each (t factors, their levels) tuple densely, so coverage is a flat byte array. */
function tupleIndex(factors: readonly Factor[], strength: number) {
  const radix = Math.max(...factors.map((factor) => factor.levels.length));
  const subsets = combinations(factors.length, strength);
  const block = radix ** strength;
  const keys = new Int32Array(subsets.length);
  return {
    size: subsets.length * block,
    /** The keys of the tuples `point` holds, in a buffer reused by the next call. */
    keysOf(point: Point): Int32Array {
      for (let subset = 0; subset < subsets.length; subset += 1) {
        let key = 0;
        for (const factor of subsets[subset]!) key = key * radix + point[factor]!;
        keys[subset] = subset * block + key;
      }
      return keys;
    },
  };
}

/** Every `size`-subset of 0…n-1, in lexicographic order. */
function combinations(n: number, size: number): number[][] {
  if (size === 0) return [[]];
  const result: number[][] = [];
  for (let first = 0; first <= n - size; first += 1)
    for (const rest of combinations(n - first - 1, size - 1))
      result.push([first, ...rest.map((index) => index + first + 1)]);
  return result;
}

/** A binary heap: `before(a, b) < 0` puts a nearer the top. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(
    items: T[],
    private readonly order: (a: T, b: T) => number,
  ) {
    for (const item of items) this.push(item);
  }
  before = (a: T, b: T) => this.order(a, b) < 0;
  peek = (): T | undefined => this.items[0];
  push(item: T): void {
    const items = this.items;
    let at = items.push(item) - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(items[at]!, items[parent]!)) break;
      [items[at], items[parent]] = [items[parent]!, items[at]!];
      at = parent;
    }
  }
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let at = 0; ;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let first = at;
      if (left < items.length && this.before(items[left]!, items[first]!)) first = left;
      if (right < items.length && this.before(items[right]!, items[first]!)) first = right;
      if (first === at) return top;
      [items[at], items[first]] = [items[first]!, items[at]!];
      at = first;
    }
  }
}
