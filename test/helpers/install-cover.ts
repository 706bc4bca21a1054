import { planOf, type Combination } from './combinations.js';

/**
 * The e2e proves what a shared install cannot, but not on every
 * combination: each proof runs on the fewest combinations that together
 * hold every thing it is about, picked greedily, most new things first.
 */

/** The fewest combinations whose `thingsOf` together hold every thing any of them holds. */
export function greedyCover(
  combinations: readonly Combination[],
  thingsOf: (combination: Combination) => readonly string[],
  always: (combination: Combination) => boolean = () => false,
): Set<string> {
  const chosen = new Set(combinations.filter(always).map((combination) => combination.name));
  const seen = new Set(
    combinations.filter((combination) => chosen.has(combination.name)).flatMap(thingsOf),
  );
  for (;;) {
    const best = combinations
      .filter((combination) => !chosen.has(combination.name))
      .map((combination) => ({
        combination,
        fresh: thingsOf(combination).filter((thing) => !seen.has(thing)),
      }))
      .filter(({ fresh }) => fresh.length > 0)
      .sort((a, b) => b.fresh.length - a.fresh.length)[0];
    if (!best) return chosen;
    chosen.add(best.combination.name);
    best.fresh.forEach((thing) => seen.add(thing));
  }
}

/**
 * The combinations installed as a user installs them, with their own
 * `npm install`: together they install every package any combination
 * depends on, so each package's install (its scripts, warnings,
 * deprecations) is seen once. A project grown with `add` always installs,
 * as `add` does.
 */
export const installCover = (combinations: readonly Combination[]) =>
  greedyCover(
    combinations,
    (combination) => {
      const { dependencies, devDependencies } = planOf(combination).merged;
      return [...dependencies, ...devDependencies];
    },
    (combination) => combination.add !== undefined,
  );

/**
 * The combinations whose images and compose stacks podman builds and runs:
 * together they hold every database, run mode, compose service and folder
 * an image copies or writes, which is what makes one image differ from another.
 */
export const containerCover = (combinations: readonly Combination[]) =>
  greedyCover(combinations, (combination) => {
    const plan = planOf(combination);
    if (!plan.features.includes('docker')) return [];
    const { composeServices, runModes, runtimeFolders, dataFolders } = plan.merged;
    return [
      `database ${plan.answers.database}`,
      ...composeServices.map((service) => `service ${service.name}`),
      ...runModes.map((mode) => `mode ${mode.mode}`),
      ...runtimeFolders.map((folder) => `copies ${folder}`),
      ...dataFolders.map((folder) => `writes ${folder}`),
    ];
  });
