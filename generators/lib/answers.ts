import { z } from 'zod';
import { projectNameProblem } from './project-name.js';
import { UsageError } from './usage-error.js';

/**
 * The one answers schema. Prompts, `--answers` files, presets and the
 * `.yo-rc.json` of a generated project are all read through it, so a value
 * that is refused at a prompt is refused the same way everywhere else.
 */
const projectName = z.string().superRefine((name, ctx) => {
  const problem = projectNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const description = z
  .string()
  .trim()
  .min(1, 'the description is empty')
  .max(280, 'the description is longer than 280 characters')
  .refine((text) => !/[\r\n]/.test(text), 'the description must fit on one line');

/** Authentication schemes, each its own feature (`auth-<scheme>`). */
export const authSchemes = ['hawk', 'api-key', 'oidc-login', 'oidc-bearer'] as const;
export type AuthScheme = (typeof authSchemes)[number];

/** An answer that picks some of `values`, each at most once. */
function someOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z
    .array(z.enum(values, { error: `expected some of ${values.join(', ')}` }))
    .refine((chosen) => new Set(chosen).size === chosen.length, `a ${noun} is listed twice`);
}

const auth = someOf(authSchemes, 'scheme');

/** Databases, each its own feature (`db-<database>`); `none` keeps data in process. */
export const databases = ['none', 'dynamodb', 'postgres'] as const;
export type Database = (typeof databases)[number];

/** Run modes besides WEB, which every service has; each is its own feature (`mode-<mode>`). */
export const runModes = ['task', 'worker', 'beat'] as const;
export type RunMode = (typeof runModes)[number];

const modes = someOf(runModes, 'mode');

/** Operations tooling, each its own feature of the same name. */
export const toolingFeatures = [
  'docker',
  'secrets',
  'cli-menu',
  'deploy-k8s',
  'ci-github',
  'kms-values',
] as const;
export type Tooling = (typeof toolingFeatures)[number];

const tooling = someOf(toolingFeatures, 'tool');

/** Domain components a preset builds on the features, each its own feature of the same name. */
export const components = ['reports'] as const;
export type Component = (typeof components)[number];

/**
 * What a component is built from. It is an answer of its own, not implied,
 * so `.yo-rc.json` says plainly what a project has.
 */
const componentNeeds: Record<Component, { database?: Database; auth: readonly AuthScheme[] }> = {
  reports: { database: 'dynamodb', auth: ['api-key', 'oidc-login'] },
};

export const answersSchema = z.strictObject({
  name: projectName,
  description,
  dataApi: z.boolean({ error: 'expected true or false' }),
  database: z.enum(databases, { error: `expected one of ${databases.join(', ')}` }),
  auth,
  modes,
  tooling,
  components: someOf(components, 'component'),
});

export type Answers = z.infer<typeof answersSchema>;
export type AnswerName = keyof Answers;

/** What `--yes` fills in; the name has no sensible default and must be given. */
export const answerDefaults: Omit<Answers, 'name'> = {
  description: 'An HTTP service scaffolded by service-kit',
  dataApi: true,
  database: 'none',
  auth: [],
  modes: [],
  tooling: ['docker', 'secrets', 'cli-menu'],
  components: [],
};

/**
 * Answers that did not exist when some projects were generated. A project
 * whose `.yo-rc.json` lacks one had none of what it adds, so it reads as
 * none, and re-running or `add` there leaves the project as it was.
 */
export const answersAddedLater: Pick<Answers, 'database' | 'modes' | 'tooling' | 'components'> = {
  database: 'none',
  modes: [],
  tooling: [],
  components: [],
};

/** Answers that are each valid but do not go together: a component without what it needs. */
export function answerConflicts(answers: Answers): string[] {
  return answers.components.flatMap((component) => {
    const { database, auth } = componentNeeds[component];
    const problems: string[] = [];
    if (database && answers.database !== database)
      problems.push(`the ${component} component needs database "${database}"`);
    const missing = auth.filter((scheme) => !answers.auth.includes(scheme));
    if (missing.length > 0)
      problems.push(`the ${component} component needs auth ${missing.join(' and ')}`);
    return problems;
  });
}

export type Question =
  | { name: AnswerName; type: 'input'; message: string; default?: string }
  | { name: AnswerName; type: 'confirm'; message: string; default: boolean }
  | {
      name: AnswerName;
      type: 'select';
      message: string;
      default: string;
      choices: { value: string; name: string }[];
    }
  | {
      name: AnswerName;
      type: 'checkbox';
      message: string;
      default: string[];
      choices: { value: string; name: string }[];
    };

/** The prompt of each answer, in the order they are asked. */
export const questions: readonly Question[] = [
  {
    name: 'name',
    type: 'input',
    message: 'Project name (kebab-case, becomes the directory and npm name)',
  },
  {
    name: 'description',
    type: 'input',
    message: 'One-line description',
    default: answerDefaults.description,
  },
  {
    name: 'dataApi',
    type: 'confirm',
    message: 'Include the sample data API (/get-data, /train-model and task status)?',
    default: answerDefaults.dataApi,
  },
  {
    name: 'database',
    type: 'select',
    message: 'Database (runs embedded until you point it at a server)',
    default: answerDefaults.database,
    choices: [
      { value: 'none', name: 'None: data stays in process' },
      { value: 'postgres', name: 'PostgreSQL: PGlite on disk, or a server at DATABASE_URL' },
      { value: 'dynamodb', name: 'DynamoDB: dynalite on disk, or AWS or DYNAMODB_ENDPOINT' },
    ],
  },
  {
    name: 'auth',
    type: 'checkbox',
    message: 'Authentication (space to select, none is fine)',
    default: [...answerDefaults.auth],
    choices: [
      { value: 'hawk', name: 'Hawk: signed API requests with scopes and replay protection' },
      { value: 'api-key', name: 'API key: X-API-KEY header checked against keys from config' },
      {
        value: 'oidc-bearer',
        name: 'OIDC bearer: JWT access tokens from trusted issuers, for APIs',
      },
      {
        value: 'oidc-login',
        name: 'OIDC login: sign-in for pages, sessions and an email-domain allow-list',
      },
    ],
  },
  {
    name: 'modes',
    type: 'checkbox',
    message: 'Run modes besides the web server (APP_RUN_MODE)',
    default: [...answerDefaults.modes],
    choices: [
      { value: 'task', name: 'TASK: run APP_TASK_LIST (migrations, seeds, jobs) and exit' },
      { value: 'worker', name: 'WORKER: a BullMQ worker running queued tasks from Redis' },
      { value: 'beat', name: 'BEAT: puts the task schedule defined in code into Redis' },
    ],
  },
  {
    name: 'tooling',
    type: 'checkbox',
    message: 'Operations tooling',
    default: [...answerDefaults.tooling],
    choices: [
      { value: 'docker', name: 'Docker: Dockerfiles, compose files and a Makefile' },
      { value: 'secrets', name: 'Secrets compiler: .env files per environment from a template' },
      { value: 'cli-menu', name: 'CLI menu: npm run menu, every routine action in one place' },
      { value: 'deploy-k8s', name: 'Kubernetes: a Helm chart with a deployment per run mode' },
      { value: 'ci-github', name: 'GitHub Actions: CI on every push, deploy on v* tags' },
      { value: 'kms-values', name: 'KMS values: config values encrypted with AWS KMS' },
    ],
  },
  {
    name: 'components',
    type: 'checkbox',
    message: 'Components built on the features above',
    default: [...answerDefaults.components],
    choices: [
      {
        value: 'reports',
        name: 'GitHub repository standards reports and badges (needs DynamoDB, API key, OIDC login)',
      },
    ],
  },
];

/** The first problem of a single answer, for interactive validation. */
export function answerProblem(name: AnswerName, value: unknown): string | undefined {
  const result = answersSchema.shape[name].safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function problemsOf(error: z.ZodError, input: unknown): string {
  const given = typeof input === 'object' && input !== null ? Object.keys(input) : [];
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(answersSchema.shape).join(', ');
        return `unknown answer ${issue.keys.map((key) => `"${key}"`).join(', ')} (known: ${known})`;
      }
      const answer = issue.path.join('.');
      return issue.path.length === 1 && !given.includes(answer)
        ? `"${answer}" is missing`
        : `${answer}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Validates a full set of answers. Every problem is named with its answer
 * and the source it came from, so an answers file with three mistakes is
 * fixed in one pass.
 */
export function parseAnswers(input: unknown, source: string): Answers {
  const result = answersSchema.safeParse(input);
  if (!result.success) throw new UsageError(`${source}: ${problemsOf(result.error, input)}`);
  const conflicts = answerConflicts(result.data);
  if (conflicts.length > 0) throw new UsageError(`${source}: ${conflicts.join('; ')}`);
  return result.data;
}

/**
 * Validates one source of some answers (a preset, a file, the name
 * argument) before sources are merged; `source` prefixes its problems.
 */
export function parsePartialAnswers(input: unknown, source: string): Partial<Answers> {
  const result = answersSchema.partial().safeParse(input);
  if (!result.success)
    throw new UsageError(`${source ? `${source}: ` : ''}${problemsOf(result.error, input)}`);
  return result.data;
}
