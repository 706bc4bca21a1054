import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  answerSpace,
  answersAt,
  describePoint,
  pointOf,
  type AnswersModule,
  type Factor,
  type Point,
} from './answer-space.js';
import { parseAnswers } from '../../generators/lib/answers.js';
import { planProject } from '../../generators/lib/plan.js';
import { coveringSubset } from './covering.js';

/**
 * Which combinations a matrix run generates: every preset and every named
 * combination first, then the fewest further valid points that bring every
 * t answer values which can occur together into some combination; or, with
 * `all`, every valid point. Refused points are sampled the same way.
 */

export interface MatrixEntry {
  name: string;
  /** The full answers, but the name. */
  answers: Record<string, unknown>;
  /** What the answers differ from the defaults by, e.g. `postgres hawk+api-key task`. */
  label: string;
}

export interface MatrixOptions {
  /** Every valid point, rather than a covering subset. */
  all?: boolean;
  /** t of the t-wise covering; 2 unless told. */
  strength?: number;
  /** `[k, n]`: the k-th of n interleaved slices, to spread a run over machines. */
  shard?: readonly [number, number];
  /** Combinations that must be in the matrix whatever the covering picks. */
  named?: readonly { name: string; answers: Record<string, unknown> }[];
  /** The change loop: only combinations whose plan holds one of these features (see focusedOn). */
  features?: readonly string[];
  /** The folder of preset files. */
  presets: string;
}

/** Presets as named combinations: a preset's answers over the --yes defaults. */
export function presetCombinations(presets: string, defaults: Readonly<Record<string, unknown>>) {
  return readdirSync(presets)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: `preset-${basename(file, '.json')}`,
      answers: {
        ...defaults,
        ...(JSON.parse(readFileSync(join(presets, file), 'utf8')) as Record<string, unknown>),
      },
    }));
}

/** Whether the project these answers plan has one of `features`, brought or joined ones too. */
export function holdsAny(answers: Record<string, unknown>, features: readonly string[]): boolean {
  const planned = planProject(
    parseAnswers({ ...answers, name: 'planned-svc' }, 'planned'),
  ).features;
  return features.some((feature) => planned.includes(feature));
}

/**
 * The change loop's share of the matrix: of the entries whose plan holds
 * one of `features`, the fewest that still put every value of every other
 * answer beside it (a 1-wise covering of them), so a change to one feature
 * is checked with everything it can meet in minutes; CI runs them all.
 */
function focusedOn(
  entries: MatrixEntry[],
  factors: readonly Factor[],
  features: readonly string[] | undefined,
): MatrixEntry[] {
  if (!features) return entries;
  const holding = entries.filter((entry) => holdsAny(entry.answers, features));
  const points = holding.map((entry) => pointOf(factors, entry.answers).join());
  const chosen = new Set(
    coveringSubset(
      factors,
      holding.map((entry) => pointOf(factors, entry.answers)),
      1,
    ).map((point) => point.join()),
  );
  return holding.filter((_, index) => chosen.has(points[index]!));
}

export function matrixPlan(module: AnswersModule, options: MatrixOptions) {
  const space = answerSpace(module);
  const { factors } = space;
  const strength = options.strength ?? 2;
  const fixed = [
    ...presetCombinations(options.presets, module.answerDefaults),
    ...(options.named ?? []),
  ];
  const seen = new Set<string>();
  const entries: MatrixEntry[] = [];
  const add = (name: string, point: Point) => {
    const key = point.join();
    if (seen.has(key)) return;
    seen.add(key);
    const answers = answersAt(factors, point, module.answerDefaults);
    entries.push({ name, answers, label: describePoint(factors, point) });
  };
  const width = (count: number) => String(count).length;
  if (options.all) {
    space.valid.forEach((point, index) =>
      add(`all-${String(index + 1).padStart(width(space.valid.length), '0')}`, point),
    );
  } else {
    const seeds = fixed.map(({ name, answers }) => ({ name, point: pointOf(factors, answers) }));
    for (const seed of seeds) add(seed.name, seed.point);
    const extra = coveringSubset(
      factors,
      space.valid,
      strength,
      seeds.map((seed) => seed.point),
    );
    extra.forEach((point, index) =>
      add(`wise${strength}-${String(index + 1).padStart(width(extra.length), '0')}`, point),
    );
  }
  const [slice, slices] = options.shard ?? [1, 1];
  const wanted = options.features;
  return {
    factors,
    validCount: space.valid.length,
    invalidCount: space.invalid.length,
    entries: focusedOn(
      entries.filter((_, index) => index % slices === slice - 1),
      factors,
      wanted,
    ),
    /** Refused points covering every pair of values that occurs among refused points. */
    refused: coveringSubset(
      factors,
      space.invalid.map((entry) => entry.point),
      2,
    ).map((point) => ({
      answers: answersAt(factors, point, module.answerDefaults),
      label: describePoint(factors, point),
      conflicts: space.invalid.find((entry) => entry.point.join() === point.join())!.conflicts,
    })),
  };
}
