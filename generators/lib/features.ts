import { contribution as dbEmbeddedContribution } from '../db-embedded/contribution.js';
import { files as dbEmbeddedFiles } from '../db-embedded/files.js';
import { contribution as dynamodbContribution } from '../db-dynamodb/contribution.js';
import { files as dynamodbFiles } from '../db-dynamodb/files.js';
import { contribution as postgresContribution } from '../db-postgres/contribution.js';
import { files as postgresFiles } from '../db-postgres/files.js';
import { contribution as memoryRowsContribution } from '../data-rows-memory/contribution.js';
import { files as memoryRowsFiles } from '../data-rows-memory/files.js';
import { contribution as dynamoRowsContribution } from '../data-rows-dynamodb/contribution.js';
import { files as dynamoRowsFiles } from '../data-rows-dynamodb/files.js';
import { contribution as postgresRowsContribution } from '../data-rows-postgres/contribution.js';
import { files as postgresRowsFiles } from '../data-rows-postgres/files.js';
import { contribution as fileHawkUsersContribution } from '../hawk-users-file/contribution.js';
import { files as fileHawkUsersFiles } from '../hawk-users-file/files.js';
import { contribution as dynamoHawkUsersContribution } from '../hawk-users-dynamodb/contribution.js';
import { files as dynamoHawkUsersFiles } from '../hawk-users-dynamodb/files.js';
import { contribution as postgresHawkUsersContribution } from '../hawk-users-postgres/contribution.js';
import { files as postgresHawkUsersFiles } from '../hawk-users-postgres/files.js';
import { contribution as apiAuthContribution } from '../api-auth/contribution.js';
import { files as apiAuthFiles } from '../api-auth/files.js';
import { contribution as apiKeyContribution } from '../auth-api-key/contribution.js';
import { contribution as hawkContribution } from '../auth-hawk/contribution.js';
import { files as hawkFiles } from '../auth-hawk/files.js';
import { contribution as loginContribution } from '../auth-oidc-login/contribution.js';
import { files as loginFiles } from '../auth-oidc-login/files.js';
import { contribution as bearerContribution } from '../auth-oidc-bearer/contribution.js';
import { files as bearerFiles } from '../auth-oidc-bearer/files.js';
import { contribution as manageContribution } from '../manage/contribution.js';
import { files as manageFiles } from '../manage/files.js';
import { contribution as redisContribution } from '../redis/contribution.js';
import { files as redisFiles } from '../redis/files.js';
import { files as apiKeyFiles } from '../auth-api-key/files.js';
import { contribution as dataApiContribution } from '../data-api/contribution.js';
import { contribution as dataApiAuthContribution } from '../data-api-auth/contribution.js';
import { files as dataApiAuthFiles } from '../data-api-auth/files.js';
import { files as dataApiFiles } from '../data-api/files.js';
import { contribution as serverContribution } from '../server/contribution.js';
import { files as serverFiles } from '../server/files.js';
import { contribution as tasksContribution } from '../tasks/contribution.js';
import { files as tasksFiles } from '../tasks/files.js';
import { contribution as inProcessTasksContribution } from '../in-process-tasks/contribution.js';
import { files as inProcessTasksFiles } from '../in-process-tasks/files.js';
import { contribution as webTaskRunnerContribution } from '../web-task-runner/contribution.js';
import { files as webTaskRunnerFiles } from '../web-task-runner/files.js';
import { contribution as modeTaskContribution } from '../mode-task/contribution.js';
import { files as modeTaskFiles } from '../mode-task/files.js';
import { contribution as modeWorkerContribution } from '../mode-worker/contribution.js';
import { files as modeWorkerFiles } from '../mode-worker/files.js';
import { contribution as modeBeatContribution } from '../mode-beat/contribution.js';
import { files as modeBeatFiles } from '../mode-beat/files.js';
import { contribution as postgresTasksContribution } from '../db-postgres-tasks/contribution.js';
import { files as postgresTasksFiles } from '../db-postgres-tasks/files.js';
import { contribution as dynamodbTasksContribution } from '../db-dynamodb-tasks/contribution.js';
import { files as dynamodbTasksFiles } from '../db-dynamodb-tasks/files.js';
import { contribution as kmsValuesContribution } from '../kms-values/contribution.js';
import { files as kmsValuesFiles } from '../kms-values/files.js';
import { contribution as testTiersContribution } from '../test-tiers/contribution.js';
import { files as testTiersFiles } from '../test-tiers/files.js';
import { contribution as secretsContribution } from '../secrets/contribution.js';
import { files as secretsFiles } from '../secrets/files.js';
import { contribution as cliMenuContribution } from '../cli-menu/contribution.js';
import { files as cliMenuFiles } from '../cli-menu/files.js';
import { contribution as dockerContribution } from '../docker/contribution.js';
import { files as dockerFiles } from '../docker/files.js';
import { contribution as deployK8sContribution } from '../deploy-k8s/contribution.js';
import { files as deployK8sFiles } from '../deploy-k8s/files.js';
import { contribution as ciGithubContribution } from '../ci-github/contribution.js';
import { files as ciGithubFiles } from '../ci-github/files.js';
import { contribution as deployGithubContribution } from '../deploy-github/contribution.js';
import { files as deployGithubFiles } from '../deploy-github/files.js';
import { contribution as reportsContribution } from '../reports/contribution.js';
import { files as reportsFiles } from '../reports/files.js';
import type { Answers, Database } from './answers.js';
import type { Contribution } from './contribution.js';
import { UsageError } from './usage-error.js';

export interface Feature {
  /** One sentence, shown in plans and docs. */
  summary: string;
  /** Output paths this feature owns; see generators/server/files.ts. */
  files: readonly string[];
  contribution: Contribution;
  /**
   * The answers with this feature switched on, for `service-kit add <feature>`;
   * absent for features that follow from others and cannot be added alone.
   */
  enable?: (answers: Answers) => Answers;
}

/** The answers that pick several values, each value its own feature. */
type ListAnswer = 'auth' | 'modes' | 'tooling' | 'components';

/** `enable` of an auth scheme, run mode or tool: the value joins the chosen ones. */
function withChoice<K extends ListAnswer>(answer: K, value: Answers[K][number]) {
  return (answers: Answers): Answers => {
    const chosen: readonly string[] = answers[answer];
    return chosen.includes(value) ? answers : { ...answers, [answer]: [...chosen, value] };
  };
}

/** `enable` of a database feature: a project has one database, so another one is refused. */
function withDatabase(database: Exclude<Database, 'none'>) {
  return (answers: Answers): Answers => {
    if (answers.database === 'none') return { ...answers, database };
    if (answers.database === database) return answers;
    throw new UsageError(
      `this project already uses ${answers.database}; a service-kit project has one database`,
    );
  };
}

export const featureNames = [
  'server',
  'kms-values',
  'db-embedded',
  'db-dynamodb',
  'db-postgres',
  'redis',
  'manage',
  'tasks',
  'db-postgres-tasks',
  'db-dynamodb-tasks',
  'data-api',
  'data-rows-memory',
  'data-rows-dynamodb',
  'data-rows-postgres',
  'auth-hawk',
  'hawk-users-file',
  'hawk-users-dynamodb',
  'hawk-users-postgres',
  'auth-api-key',
  'auth-oidc-bearer',
  'auth-oidc-login',
  'api-auth',
  'data-api-auth',
  'in-process-tasks',
  'web-task-runner',
  'mode-task',
  'mode-worker',
  'mode-beat',
  'reports',
  'test-tiers',
  'secrets',
  'cli-menu',
  'docker',
  'deploy-k8s',
  'ci-github',
  'deploy-github',
] as const;
export type FeatureName = (typeof featureNames)[number];

/**
 * Every feature the generator can add. A feature's name is also the name of
 * its sub-generator (`generators/<name>`) and template folder (`templates/<name>`).
 */
export const features: Record<FeatureName, Feature> = {
  server: {
    summary:
      'TypeScript Express service: config, JSON errors, request ids, logs, graceful shutdown',
    files: serverFiles,
    contribution: serverContribution,
  },
  'db-embedded': {
    summary: 'The lock that keeps two processes off one embedded database folder',
    files: dbEmbeddedFiles,
    contribution: dbEmbeddedContribution,
  },
  'db-dynamodb': {
    summary:
      'DynamoDB: dynalite in process until DYNAMODB_ENDPOINT or a production region is set; tables in code',
    files: dynamodbFiles,
    contribution: dynamodbContribution,
    enable: withDatabase('dynamodb'),
  },
  'db-postgres': {
    summary:
      'PostgreSQL: PGlite on disk until DATABASE_URL is set; SQL migrations under migrations/',
    files: postgresFiles,
    contribution: postgresContribution,
    enable: withDatabase('postgres'),
  },
  redis: {
    summary: 'The Redis connection at REDIS_URL, for features that share state between instances',
    files: redisFiles,
    contribution: redisContribution,
  },
  manage: {
    summary: 'npm run manage: operator commands run with the service config',
    files: manageFiles,
    contribution: manageContribution,
  },
  'data-api': {
    summary: 'Sample data API: GET /get-data in tabular or records form, paged with next-id',
    files: dataApiFiles,
    contribution: dataApiContribution,
    enable: (answers) => ({ ...answers, dataApi: true }),
  },
  'data-rows-memory': {
    summary: 'The data API rows as a constant in process',
    files: memoryRowsFiles,
    contribution: memoryRowsContribution,
  },
  'data-rows-dynamodb': {
    summary: 'The data API rows in a DynamoDB table',
    files: dynamoRowsFiles,
    contribution: dynamoRowsContribution,
  },
  'data-rows-postgres': {
    summary: 'The data API rows in a PostgreSQL table',
    files: postgresRowsFiles,
    contribution: postgresRowsContribution,
  },
  'auth-hawk': {
    summary: 'Hawk: signed requests with scopes, replay protection and response signatures',
    files: hawkFiles,
    contribution: hawkContribution,
    enable: withChoice('auth', 'hawk'),
  },
  'hawk-users-file': {
    summary: 'Hawk users in a JSON file',
    files: fileHawkUsersFiles,
    contribution: fileHawkUsersContribution,
  },
  'hawk-users-dynamodb': {
    summary: 'Hawk users in a DynamoDB table',
    files: dynamoHawkUsersFiles,
    contribution: dynamoHawkUsersContribution,
  },
  'hawk-users-postgres': {
    summary: 'Hawk users in a PostgreSQL table',
    files: postgresHawkUsersFiles,
    contribution: postgresHawkUsersContribution,
  },
  'auth-api-key': {
    summary: 'API keys: X-API-KEY checked in constant time against API_KEYS',
    files: apiKeyFiles,
    contribution: apiKeyContribution,
    enable: withChoice('auth', 'api-key'),
  },
  'auth-oidc-bearer': {
    summary:
      'OIDC bearer tokens: JWTs from trusted issuers, audience checked, admin by entitlement',
    files: bearerFiles,
    contribution: bearerContribution,
    enable: withChoice('auth', 'oidc-bearer'),
  },
  'auth-oidc-login': {
    summary:
      'OIDC login for pages: /login, /callback, /logout, sessions, an email-domain allow-list',
    files: loginFiles,
    contribution: loginContribution,
    enable: withChoice('auth', 'oidc-login'),
  },
  'api-auth': {
    summary: 'The API client guard: requireClient over the chosen schemes, with scopes',
    files: apiAuthFiles,
    contribution: apiAuthContribution,
  },
  'data-api-auth': {
    summary: 'Data API routes for API clients: authenticated data, train-model tasks, task status',
    files: dataApiAuthFiles,
    contribution: dataApiAuthContribution,
  },
  tasks: {
    summary: 'The task registry: what TASK mode, workers and task routes run by name',
    files: tasksFiles,
    contribution: tasksContribution,
  },
  'in-process-tasks': {
    summary: 'A task runner in the web process',
    files: inProcessTasksFiles,
    contribution: inProcessTasksContribution,
  },
  'web-task-runner': {
    summary: 'Tasks queued by routes run in the web process',
    files: webTaskRunnerFiles,
    contribution: webTaskRunnerContribution,
  },
  'mode-task': {
    summary: 'APP_RUN_MODE=TASK runs APP_TASK_LIST in order and exits',
    files: modeTaskFiles,
    contribution: modeTaskContribution,
    enable: withChoice('modes', 'task'),
  },
  'mode-worker': {
    summary: 'APP_RUN_MODE=WORKER runs queued tasks from Redis with BullMQ',
    files: modeWorkerFiles,
    contribution: modeWorkerContribution,
    enable: withChoice('modes', 'worker'),
  },
  'mode-beat': {
    summary: 'APP_RUN_MODE=BEAT writes the task schedule into Redis as BullMQ job schedulers',
    files: modeBeatFiles,
    contribution: modeBeatContribution,
    enable: withChoice('modes', 'beat'),
  },
  'db-postgres-tasks': {
    summary: 'The db-migrate task',
    files: postgresTasksFiles,
    contribution: postgresTasksContribution,
  },
  'db-dynamodb-tasks': {
    summary: 'The db-create and db-seed tasks',
    files: dynamodbTasksFiles,
    contribution: dynamodbTasksContribution,
  },
  'kms-values': {
    summary: 'KMS-encrypted config values (AQEC...), decrypted at start when AWS_REGION is set',
    files: kmsValuesFiles,
    contribution: kmsValuesContribution,
    enable: withChoice('tooling', 'kms-values'),
  },
  reports: {
    summary: 'GitHub repository standards reports: encrypted in DynamoDB, API-key ingest, badges',
    files: reportsFiles,
    contribution: reportsContribution,
    enable: withChoice('components', 'reports'),
  },
  'test-tiers': {
    summary: 'Acceptance, smoke and load test tiers beside unit and integration',
    files: testTiersFiles,
    contribution: testTiersContribution,
  },
  secrets: {
    summary: 'npm run secrets: .env.<environment> files compiled from one template and its values',
    files: secretsFiles,
    contribution: secretsContribution,
    enable: withChoice('tooling', 'secrets'),
  },
  'cli-menu': {
    summary: 'npm run menu: server, tests, database, secrets, docs and releases in one menu',
    files: cliMenuFiles,
    contribution: cliMenuContribution,
    enable: withChoice('tooling', 'cli-menu'),
  },
  docker: {
    summary: 'Dockerfiles, dev and prod compose stacks, a Makefile',
    files: dockerFiles,
    contribution: dockerContribution,
    enable: withChoice('tooling', 'docker'),
  },
  'deploy-k8s': {
    summary:
      'A Helm chart: a deployment or job per run mode, probes on /healthcheck, service, ingress',
    files: deployK8sFiles,
    contribution: deployK8sContribution,
    enable: withChoice('tooling', 'deploy-k8s'),
  },
  'ci-github': {
    summary: 'GitHub Actions CI: lint, type-check and the test tiers with service containers',
    files: ciGithubFiles,
    contribution: ciGithubContribution,
    enable: withChoice('tooling', 'ci-github'),
  },
  'deploy-github': {
    summary: 'GitHub Actions deploy on v* tags: build and push the image, helm upgrade',
    files: deployGithubFiles,
    contribution: deployGithubContribution,
  },
};

/** Features a person can add to an existing project (`service-kit add <feature>`). */
export function addableFeatures(): FeatureName[] {
  return featureNames.filter((name) => features[name].enable);
}
