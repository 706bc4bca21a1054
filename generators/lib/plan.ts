import { answerConflicts, isChosen, type Answers } from './answers.js';
import { mergeContributions, type MergedContribution } from './contribution.js';
import type { Feature } from './feature-declaration.js';
import { featureNamed, registry } from './registry.js';
import { UsageError } from './usage-error.js';

/**
 * What a run writes: the answers, the features they call for in plan order,
 * and the features' contributions merged, all decided once and then passed
 * down as a value. Templates never branch on answers; a feature is in the
 * plan or not.
 */
export interface Plan {
  answers: Answers;
  features: string[];
  merged: MergedContribution;
}

export function planProject(answers: Answers): Plan {
  // `add reports` on a project without DynamoDB ends here, before anything is written.
  const conflicts = answerConflicts(answers);
  if (conflicts.length > 0) throw new UsageError(conflicts.join('; '));
  const features = chosenFeatures(answers);
  const merged = mergeContributions(
    features.map((feature) => ({ feature: feature.name, contribution: feature.contribution })),
  );
  return { answers, features: features.map((feature) => feature.name), merged };
}

/**
 * The features the answers call for: those chosen, those they bring, and
 * those whose `joins` rule holds for the rest, decided again until nothing
 * changes (a rule may say "not with a worker", so each round starts afresh).
 */
function chosenFeatures(answers: Answers): Feature[] {
  let planned = new Set<string>();
  for (let round = 0; round <= registry.length; round += 1) {
    const previous = planned;
    const has = (name: string) => previous.has(name);
    const next = new Set(
      registry
        .filter((feature) => isChosen(feature, answers) || feature.joins?.({ answers, has }))
        .map((feature) => feature.name),
    );
    for (const name of next)
      for (const brought of featureNamed(name).brings ?? []) next.add(brought);
    if (next.size === previous.size && [...next].every((name) => previous.has(name)))
      return registry.filter((feature) => next.has(feature.name));
    planned = next;
  }
  throw new Error('the features’ joins rules do not settle on one plan');
}
