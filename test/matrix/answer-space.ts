import type { z } from 'zod';

/**
 * The answer space, read from the answers schema itself: every answer but
 * the name and description is a factor (a yes/no toggle, the one database,
 * or for a pick-some answer each value in or out). Nothing here names an
 * answer or a value, so one added to the schema joins the space by itself.
 */

/** What the matrix needs of the generator's answers module, injected so a copy's can be read. */
export interface AnswersModule {
  answersSchema: z.ZodObject;
  answerDefaults: Readonly<Record<string, unknown>>;
  answerConflicts: (answers: never) => string[];
}

/** One dimension of the space and the levels it takes. */
export interface Factor {
  /** `dataApi`, `database`, or `auth:hawk` for one value of a pick-some answer. */
  name: string;
  answer: string;
  levels: readonly (string | boolean)[];
  /** For a pick-some answer, the value this factor puts in or leaves out. */
  value?: string;
}

/** A point of the space: the level index of each factor, in factor order. */
export type Point = readonly number[];

const freeText = new Set(['name', 'description']);

export function factorsOf(schema: z.ZodObject): Factor[] {
  return Object.entries(schema.shape).flatMap(([answer, field]): Factor[] => {
    if (freeText.has(answer)) return [];
    const def = (field as z.ZodType).def as {
      type: string;
      entries?: Record<string, string>;
      element?: { def: { entries: Record<string, string> } };
    };
    if (def.type === 'boolean') return [{ name: answer, answer, levels: [false, true] }];
    if (def.type === 'enum') return [{ name: answer, answer, levels: Object.values(def.entries!) }];
    if (def.type === 'array' && def.element)
      return Object.values(def.element.def.entries).map((value) => ({
        name: `${answer}:${value}`,
        answer,
        value,
        levels: [false, true],
      }));
    throw new Error(`answer "${answer}" is a ${def.type}, which the matrix cannot enumerate`);
  });
}

/** The answers a point stands for, on top of the --yes defaults. */
export function answersAt(
  factors: readonly Factor[],
  point: Point,
  defaults: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...defaults };
  factors.forEach((factor, index) => {
    if (factor.value === undefined) answers[factor.answer] = factor.levels[point[index]!];
  });
  for (const factor of factors.filter((factor) => factor.value !== undefined))
    answers[factor.answer] = factors
      .map((other, index) => ({ other, index }))
      .filter(({ other, index }) => other.answer === factor.answer && point[index] === 1)
      .map(({ other }) => other.value);
  return answers;
}

/** The point a set of answers stands for (a preset's, say). */
export function pointOf(factors: readonly Factor[], answers: Record<string, unknown>): Point {
  return factors.map((factor) => {
    const given = answers[factor.answer];
    if (factor.value !== undefined)
      return Array.isArray(given) && given.includes(factor.value) ? 1 : 0;
    const level = factor.levels.indexOf(given as string | boolean);
    if (level < 0) throw new Error(`${factor.name}: ${String(given)} is no level of it`);
    return level;
  });
}

/** Every point of the space, the first factor changing slowest. */
export function* everyPoint(factors: readonly Factor[]): Generator<Point> {
  const point = factors.map(() => 0);
  for (;;) {
    yield [...point];
    let index = factors.length - 1;
    while (index >= 0 && point[index] === factors[index]!.levels.length - 1) point[index--] = 0;
    if (index < 0) return;
    point[index]! += 1;
  }
}

/** The space split by the validity rules: what the generator accepts, and what it refuses and why. */
export function answerSpace(module: AnswersModule) {
  const factors = factorsOf(module.answersSchema);
  const valid: Point[] = [];
  const invalid: { point: Point; conflicts: string[] }[] = [];
  for (const point of everyPoint(factors)) {
    const answers = answersAt(factors, point, module.answerDefaults);
    const conflicts = module.answerConflicts(answers as never);
    if (conflicts.length === 0) valid.push(point);
    else invalid.push({ point, conflicts });
  }
  return { factors, valid, invalid };
}

/** A short, stable label of a point: the values it differs from the defaults by. */
export function describePoint(factors: readonly Factor[], point: Point): string {
  const parts = new Map<string, string[]>();
  factors.forEach((factor, index) => {
    const level = factor.levels[point[index]!]!;
    const shown =
      factor.value !== undefined
        ? level === true
          ? factor.value
          : undefined
        : typeof level === 'boolean'
          ? `${factor.answer}=${level}`
          : level;
    if (shown !== undefined) parts.set(factor.answer, [...(parts.get(factor.answer) ?? []), shown]);
  });
  return [...parts.values()].map((values) => values.join('+')).join(' ');
}
