import { z } from 'zod';
import { baseUrlInProduction, loginSettingsTogether } from './auth/login-settings.js';
import { commaList } from './env/comma-list.js';
import { ConfigError, type ConfigOf, readEnv } from './env/read-env.js';
import { encryptionKeyInProduction } from './reports/encryption-key.js';

/**
 * The env contract: every variable this service reads and what it expects.
 * Any of them can instead come from a file named by `<NAME>_FILE`.
 */
export const envContract = {
  APP_RUN_MODE: z
    .string()
    .default('WEB')
    .describe('the run mode: WEB, or another mode of src/modes/run-modes.ts'),
  APP_WORKER_COUNT: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .describe('how many processes serve WEB (node:cluster), or tasks a WORKER runs at once'),
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('development, test or production'),
  HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe('the address to listen on; 0.0.0.0 in a container'),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(3000)
    .describe('a TCP port from 0 to 65535 (0 picks a free one)'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('one of fatal, error, warn, info, debug, trace, silent'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i)
    .default('100kb')
    .describe('the largest request body accepted, such as 100kb or 1mb'),
  TRUST_PROXY: z
    .string()
    .default('false')
    .describe(
      'whose X-Forwarded-* headers to believe: false, true, a hop count, or addresses and subnets',
    ),
  STARTUP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(30000)
    .describe(
      'how many milliseconds start-up keeps trying a database or server that is not up yet',
    ),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(10000)
    .describe('how many milliseconds shutdown waits for requests in flight'),
  DYNAMODB_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'an http(s) URL of DynamoDB Local, LocalStack or another endpoint; unset uses AWS in production, dynalite otherwise',
    ),
  DYNAMODB_REGION: z
    .string()
    .min(1)
    .optional()
    .describe('an AWS region such as eu-west-2; overrides the AWS default chain'),
  DYNAMODB_ACCESS_KEY_ID: z
    .string()
    .min(1)
    .optional()
    .describe(
      'an AWS access key id; set with DYNAMODB_SECRET_ACCESS_KEY, or neither for the AWS default chain',
    ),
  DYNAMODB_SECRET_ACCESS_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('the AWS secret access key of DYNAMODB_ACCESS_KEY_ID'),
  DYNAMODB_TABLE_PREFIX: z
    .string()
    .regex(/^[\w.-]*$/)
    .default('')
    .describe(
      'letters, digits, dots, dashes or underscores put before every table name, e.g. staging-',
    ),
  DYNAMODB_CREATE_TABLES: z
    .stringbool()
    .default(false)
    .describe(
      'true to create and seed the missing tables at start (the embedded dynalite always does)',
    ),
  DYNAMODB_DATA_DIR: z
    .string()
    .min(1)
    .default('.data/dynamodb')
    .describe('where the embedded dynalite keeps its data; memory:// keeps it in memory'),
  API_KEYS: z
    .string()
    .default('')
    .transform(commaList)
    .pipe(z.array(z.string().min(16)))
    .describe('the accepted API keys, comma-separated, each at least 16 characters'),
  API_KEY: z
    .string()
    .min(16)
    .optional()
    .describe('one more accepted key (at least 16 characters), under the name Flask services used'),
  OIDC_ISSUER_URL: z
    .url()
    .optional()
    .describe('the OIDC issuer to sign in with; unset (with AUTH0_DOMAIN unset) disables login'),
  AUTH0_DOMAIN: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional()
    .describe('an Auth0 tenant domain, used when OIDC_ISSUER_URL is unset'),
  OIDC_CLIENT_ID: z.string().min(1).optional().describe('this service’s client id at the issuer'),
  OIDC_CLIENT_SECRET: z
    .string()
    .min(1)
    .optional()
    .describe('this service’s client secret at the issuer'),
  AUTH0_CLIENT_ID: z
    .string()
    .min(1)
    .optional()
    .describe('the client id at Auth0, used when OIDC_CLIENT_ID is unset'),
  AUTH0_CLIENT_SECRET: z
    .string()
    .min(1)
    .optional()
    .describe('the client secret at Auth0, used when OIDC_CLIENT_SECRET is unset'),
  APP_SECRET_KEY: z
    .string()
    .min(32)
    .optional()
    .describe('at least 32 random characters that encrypt the session cookie'),
  BASE_URL: z
    .url()
    .optional()
    .describe(
      'the public URL of this service; the issuer sends people back to <BASE_URL>/callback (needed in production; http://127.0.0.1:<PORT> elsewhere)',
    ),
  ALLOWED_EMAIL_DOMAINS: z
    .string()
    .default('')
    .transform(commaList)
    .describe('email domains allowed to sign in, comma-separated; empty allows all'),
  APP_TASK_LIST: z
    .string()
    .default('')
    .describe('the tasks TASK mode runs: names with key=value arguments, separated by ;'),
  API_DOCS: z
    .stringbool()
    .optional()
    .describe('true or false: serve /openapi.json and /docs; unset, everywhere but production'),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^([\da-f]{64}|[\da-f]{88}|[\w+/-]{43}=?)$/i)
    .optional()
    .describe(
      '32 bytes as 64 hex digits, base64, or the hex of a Fernet key; reports are sealed with it',
    ),
  DYNAMODB_TABLE_NAME: z
    .string()
    .regex(/^[\w.-]{3,255}$/)
    .optional()
    .describe('the reports table name (3 to 255 letters, digits, . - or _); unset: github-reports'),
  REPORTS_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i)
    .default('10mb')
    .describe('the largest report upload, such as 10mb (5,000 repositories fit 10mb)'),
  REPORTS_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(30)
    .describe('how long an instance may show reports before reading them again (0 to 3600)'),
};

export type Config = ConfigOf<typeof envContract>;

/** A rule over settings that are valid alone but not together: its problem in one line, or nothing. */
export type EnvRule = (config: Config) => string | undefined;

const envRules: readonly EnvRule[] = [
  loginSettingsTogether,
  baseUrlInProduction,
  encryptionKeyInProduction,
];

/**
 * The only reader of process.env: validates it once, at start, against the
 * contract and then the rules that tie settings together.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = readEnv(envContract, env);
  const problems = envRules.flatMap((rule) => rule(config) ?? []);
  if (problems.length > 0)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

/** The config at start, and what there was to warn about on the way: nothing, here. */
export function loadConfigAtStart(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: Config; warnings: string[] }> {
  return Promise.resolve({ config: loadConfig(env), warnings: [] });
}
