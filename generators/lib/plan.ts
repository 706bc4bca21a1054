import type { Answers, AuthScheme, Database } from './answers.js';
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

/** Where each store keeps its data, by database: a store is a port with one adapter per engine. */
const dataRowsStore: Record<Database, FeatureName> = {
  none: 'data-rows-memory',
  dynamodb: 'data-rows-dynamodb',
  postgres: 'data-rows-postgres',
};
const hawkUsersStore: Record<Database, FeatureName> = {
  none: 'hawk-users-file',
  dynamodb: 'hawk-users-dynamodb',
  postgres: 'hawk-users-postgres',
};

/**
 * The features the answers call for, in the order their dependencies are
 * built and their routes mounted: a database before the stores on it.
 */
function chosenFeatures(answers: Answers): FeatureName[] {
  const hawk = answers.auth.includes('hawk');
  const { database } = answers;
  const chosen: FeatureName[] = ['server'];
  if (database !== 'none') chosen.push('db-embedded', `db-${database}`);
  // Hawk keeps its nonces in Redis.
  if (hawk) chosen.push('redis');
  // Hawk users and databases are managed from the command line.
  if (hawk || database !== 'none') chosen.push('manage');
  if (answers.dataApi) chosen.push('data-api', dataRowsStore[database]);
  if (hawk) chosen.push('auth-hawk', hawkUsersStore[database]);
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
