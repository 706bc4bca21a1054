import {
  answerConflicts,
  runModes,
  toolingFeatures,
  type Answers,
  type AuthScheme,
  type Database,
} from './answers.js';
import { mergeContributions, type MergedContribution } from './contribution.js';
import { features, type FeatureName } from './features.js';
import { UsageError } from './usage-error.js';

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
  // `add reports` on a project without DynamoDB ends here, before anything is written.
  const conflicts = answerConflicts(answers);
  if (conflicts.length > 0) throw new UsageError(conflicts.join('; '));
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
  // A schedule needs a worker to run what it queues.
  const modes = new Set(answers.modes);
  if (modes.has('beat')) modes.add('worker');
  // Every scheme that proves an API caller plugs into the one client guard.
  const apiAuth = answers.auth.some((scheme) => apiSchemes.includes(scheme));
  const taskRoutes = apiAuth && answers.dataApi;
  const tasks = taskRoutes || modes.size > 0;

  const chosen: FeatureName[] = ['server'];
  if (answers.tooling.includes('kms-values')) chosen.push('kms-values');
  if (database !== 'none') chosen.push('db-embedded', `db-${database}`);
  // Hawk keeps its nonces in Redis; queues live there.
  if (hawk || modes.has('worker')) chosen.push('redis');
  // Hawk users and databases are managed from the command line.
  if (hawk || database !== 'none') chosen.push('manage');
  if (tasks) chosen.push('tasks');
  if (tasks && database !== 'none') chosen.push(`db-${database}-tasks`);
  if (answers.dataApi) chosen.push('data-api', dataRowsStore[database]);
  if (hawk) chosen.push('auth-hawk', hawkUsersStore[database]);
  if (answers.auth.includes('api-key')) chosen.push('auth-api-key');
  if (answers.auth.includes('oidc-bearer')) chosen.push('auth-oidc-bearer');
  if (answers.auth.includes('oidc-login')) chosen.push('auth-oidc-login');
  if (apiAuth) chosen.push('api-auth');
  if (taskRoutes) chosen.push('data-api-auth');
  // Queued tasks go to Redis when there is a worker to run them, else they run in process.
  if (taskRoutes || modes.has('worker')) chosen.push('in-process-tasks');
  if (taskRoutes && !modes.has('worker')) chosen.push('web-task-runner');
  for (const mode of runModes) if (modes.has(mode)) chosen.push(`mode-${mode}`);
  chosen.push(...answers.components);
  chosen.push('test-tiers');
  // A chart deploys an image, which the docker feature builds.
  const tools = new Set(answers.tooling);
  if (tools.has('deploy-k8s')) tools.add('docker');
  for (const tool of toolingFeatures)
    if (tool !== 'kms-values' && tools.has(tool)) chosen.push(tool);
  if (tools.has('ci-github') && tools.has('deploy-k8s')) chosen.push('deploy-github');
  return chosen;
}

export function contributionsOf(plan: Plan): MergedContribution {
  return mergeContributions(
    plan.features.map((feature) => ({ feature, contribution: features[feature].contribution })),
  );
}
