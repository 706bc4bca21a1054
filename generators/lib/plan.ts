import type { Answers } from './answers.js';
import { mergeContributions, type MergedContribution } from './contribution.js';
import { features, type FeatureName } from './features.js';

/** What templates read: the answers plus the flags derived from them once. */
export interface Plan {
  answers: Answers;
  features: FeatureName[];
  /** Human title, e.g. "my-service" -> "My Service". */
  title: string;
}

export function planProject(answers: Answers): Plan {
  return {
    answers,
    features: chosenFeatures(answers),
    title: answers.name
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' '),
  };
}

/** The features the answers call for, in the order their routes are mounted. */
function chosenFeatures(answers: Answers): FeatureName[] {
  const chosen: FeatureName[] = ['server'];
  if (answers.dataApi) chosen.push('data-api');
  return chosen;
}

export function contributionsOf(plan: Plan): MergedContribution {
  return mergeContributions(
    plan.features.map((feature) => ({ feature, contribution: features[feature].contribution })),
  );
}
