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
import type { Answers, AuthScheme } from './answers.js';
import type { Contribution } from './contribution.js';

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

/** `enable` of an auth feature: the scheme joins the chosen ones. */
function withScheme(scheme: AuthScheme) {
  return (answers: Answers): Answers =>
    answers.auth.includes(scheme) ? answers : { ...answers, auth: [...answers.auth, scheme] };
}

export const featureNames = [
  'server',
  'redis',
  'manage',
  'data-api',
  'auth-hawk',
  'auth-api-key',
  'auth-oidc-bearer',
  'auth-oidc-login',
  'api-auth',
  'data-api-auth',
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
  'auth-hawk': {
    summary: 'Hawk: signed requests with scopes, replay protection and response signatures',
    files: hawkFiles,
    contribution: hawkContribution,
    enable: withScheme('hawk'),
  },
  'auth-api-key': {
    summary: 'API keys: X-API-KEY checked in constant time against API_KEYS',
    files: apiKeyFiles,
    contribution: apiKeyContribution,
    enable: withScheme('api-key'),
  },
  'auth-oidc-bearer': {
    summary:
      'OIDC bearer tokens: JWTs from trusted issuers, audience checked, admin by entitlement',
    files: bearerFiles,
    contribution: bearerContribution,
    enable: withScheme('oidc-bearer'),
  },
  'auth-oidc-login': {
    summary:
      'OIDC login for pages: /login, /callback, /logout, sessions, an email-domain allow-list',
    files: loginFiles,
    contribution: loginContribution,
    enable: withScheme('oidc-login'),
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
};

/** Features a person can add to an existing project (`service-kit add <feature>`). */
export function addableFeatures(): FeatureName[] {
  return featureNames.filter((name) => features[name].enable);
}
