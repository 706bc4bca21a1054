import { answersAt, type Factor, type Point } from './answer-space.js';

/**
 * The every-feature-alone tier's points: for each value an answer can take
 * besides its first (off, none), the smallest valid point that holds it,
 * with every other factor at its first level unless the validity rules
 * (each feature's `needs`) want it on. Read from the space alone, so a
 * feature that leans on another without declaring it fails here, alone,
 * where pairs of values would hide it beside the features it is usually
 * chosen with.
 */

export interface AloneEntry {
  /** `alone-auth-oidc-login`, `alone-database-postgres`, `alone-nothing`. */
  name: string;
  answers: Record<string, unknown>;
  label: string;
  /** The values this point is the smallest holder of. */
  values: string[];
}

const onCount = (point: Point) => point.filter((level) => level !== 0).length;

/** `oidc-login` for a pick-some value, `dataApi` for a yes/no, `database-postgres` for the database. */
const valueName = (factor: Factor, level: number) => {
  const shown = factor.levels[level]!;
  if (factor.value !== undefined) return factor.value;
  return shown === true ? factor.name : `${factor.name}-${String(shown)}`;
};

/** The values a point switches on, e.g. `database-dynamodb api-key oidc-login reports`. */
const labelOf = (factors: readonly Factor[], point: Point) =>
  factors
    .flatMap((factor, index) => (point[index] === 0 ? [] : [valueName(factor, point[index]!)]))
    .join(' ');

/**
 * One entry a distinct smallest point, the first value's name on it, plus
 * the point with everything off. Among equally small points the first in
 * the space's order is taken, so a run is the same on every machine.
 */
export function featuresAlone(
  factors: readonly Factor[],
  valid: readonly Point[],
  defaults: Readonly<Record<string, unknown>>,
): AloneEntry[] {
  const byPoint = new Map<string, { point: Point; values: string[] }>();
  const take = (point: Point, value: string) => {
    const key = point.join();
    const entry = byPoint.get(key) ?? { point, values: [] };
    entry.values.push(value);
    byPoint.set(key, entry);
  };
  const nothing = valid.find((point) => onCount(point) === 0);
  if (nothing) take(nothing, 'nothing');
  factors.forEach((factor, index) => {
    for (let level = 1; level < factor.levels.length; level += 1) {
      let smallest: Point | undefined;
      for (const point of valid)
        if (point[index] === level && (!smallest || onCount(point) < onCount(smallest)))
          smallest = point;
      if (!smallest)
        throw new Error(`${valueName(factor, level)}: no valid combination holds this value`);
      take(smallest, valueName(factor, level));
    }
  });
  return [...byPoint.values()].map(({ point, values }) => ({
    // Project names are kebab-case: dataApi -> data-api.
    name: `alone-${values[0]!.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
    answers: answersAt(factors, point, defaults),
    label: labelOf(factors, point) || 'nothing chosen',
    values,
  }));
}
