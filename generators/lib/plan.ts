import type { Answers, AuthScheme } from './answers.js';
import { mergeContributions, type MergedContribution } from './contribution.js';
import { features, type FeatureName } from './features.js';

const apiSchemes: readonly AuthScheme[] = ['hawk', 'api-key', 'oidc-bearer'];

/**
 * What templates read: the answers, and the features derived from them once.
 * Templates never branch on answers; a feature is in the plan or not.
 */
export interface Plan {
  answers: Answers;
  features: FeatureName[];
}

export function planProject(answers: Answers): Plan {
  return { answers, features: chosenFeatures(answers) };
}

/** The features the answers call for, in the order their routes are mounted. */
function chosenFeatures(answers: Answers): FeatureName[] {
  const hawk = answers.auth.includes('hawk');
  const chosen: FeatureName[] = ['server'];
  // Hawk keeps its nonces in Redis, and its users are managed from the command line.
  if (hawk) chosen.push('redis', 'manage');
  if (answers.dataApi) chosen.push('data-api');
  if (hawk) chosen.push('auth-hawk');
  if (answers.auth.includes('api-key')) chosen.push('auth-api-key');
  if (answers.auth.includes('oidc-bearer')) chosen.push('auth-oidc-bearer');
  if (answers.auth.includes('oidc-login')) chosen.push('auth-oidc-login');
  // Every scheme that proves an API caller plugs into the one client guard.
  const apiAuth = answers.auth.some((scheme) => apiSchemes.includes(scheme));
  if (apiAuth) chosen.push('api-auth');
  if (apiAuth && answers.dataApi) chosen.push('data-api-auth');
  return chosen;
}

export function contributionsOf(plan: Plan): MergedContribution {
  return mergeContributions(
    plan.features.map((feature) => ({ feature, contribution: features[feature].contribution })),
  );
}
