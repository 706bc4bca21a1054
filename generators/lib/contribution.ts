import type { DependencyName } from './dependency-versions.js';

/** One variable of the generated service's env contract. */
export interface EnvVariable {
  name: string;
  /** A zod expression, written verbatim into the generated `src/config.ts`. */
  schema: string;
  /** What a valid value looks like; the start-up error quotes it. */
  expects: string;
  /** The line written to `.env.example`; secrets are written empty. */
  example: string;
  secret?: boolean;
  /**
   * Its value inside the local container stack (docker-compose.yml and the
   * compiled `.env.docker`), where other services are reached by name.
   */
  docker?: string;
  /** Its value where the service is deployed (develop, staging, prod), when not `example`. */
  deployed?: string;
}

/** A run mode: `APP_RUN_MODE=<mode>` calls the `(config) => Promise<void>` export `name` of `from` (relative to `src/modes/`). */
export interface RunModeRef {
  mode: string;
  name: string;
  from: string;
  /**
   * How a container stack runs it: `service` stays up (a deployment),
   * `once` runs to its end on every deploy (a job), `on-demand` when asked.
   */
  container: 'service' | 'once' | 'on-demand';
  /** Variables its container takes from whoever starts it, e.g. `APP_TASK_LIST`. */
  passedThrough?: readonly string[];
}

/** A task of the registry: `name` exports a `Task`, `from` is relative to `src/tasks/`. */
export interface TaskRef {
  task: string;
  name: string;
  from: string;
}

/** A repeatable job BEAT puts into Redis: a cron pattern running a registered task. */
export interface ScheduleEntry {
  name: string;
  task: string;
  /** Cron, with seconds optional, in UTC. */
  pattern: string;
}

/** An entry of `npm run menu`: the command a person would type, under a heading. */
export interface MenuAction {
  group: 'Server' | 'Tests' | 'Database' | 'Secrets' | 'Docs' | 'Release';
  label: string;
  /** The program and its arguments, e.g. `['npm', 'run', 'manage', '--', 'db', 'migrate']`. */
  run: readonly string[];
  /** One more argument, asked for first: typed, or chosen from `choices`. */
  input?: { message: string; choices?: readonly string[] };
}

/** A step of the generated CI workflow's tests job, after the standard tiers. */
export interface CiStep {
  name: string;
  run: string;
  env?: Readonly<Record<string, string>>;
}

/** A service of the local container stack, besides the app: a database or Redis. */
export interface ComposeService {
  name: string;
  /** Pinned image: the stack is what CI and teammates run too. */
  image: string;
  port: number;
  environment?: Readonly<Record<string, string>>;
  command?: string;
  /** A shell command docker runs to tell when the service is ready. */
  healthcheck: string;
  /** Where it keeps data, for a named volume. */
  volume?: string;
  /** The env that points the app's tests at it, where CI runs it as a service container. */
  ciEnv: Readonly<Record<string, string>>;
}

/** An express plugin the generated `src/plugins.ts` imports and applies, in feature order. */
export interface PluginRef {
  name: string;
  /** Module path relative to `src/plugins.ts`, with the `.js` suffix NodeNext wants. */
  from: string;
}

/**
 * A dependency the feature adds to AppDeps, built once at start by
 * `createDeps` in the generated `src/deps.ts`, in feature order. Module
 * paths are relative to `src/deps.ts`, with the `.js` suffix NodeNext wants.
 */
export interface DepRef {
  /** The AppDeps property, e.g. `redis`. */
  name: string;
  /** A type exported by `from`. */
  type: string;
  /**
   * Exported by `from`; called with `{ config, logger }` and every dependency
   * built before this one, so a later one can use an earlier one.
   */
  factory: string;
  from: string;
  /** True when the factory returns a promise (it opens a connection or starts an engine). */
  async?: boolean;
  /** Exported by `from`: releases the dependency at shutdown, `(dependency) => Promise<void>`. */
  close?: string;
}

/** An entry of the generated error catalog: domain code throws `new AppError(code)`. */
export interface ErrorEntry {
  code: string;
  status: number;
  message: string;
}

/** A README section: an EJS partial in the feature's template folder. */
export interface ReadmeSection {
  title: string;
  partial: string;
}

/**
 * What a feature adds to the files that several features share. Every
 * shared file (package.json, the env contract, `.env.example`, the plugin
 * list, README) is rendered from the merge of these, so a feature never
 * edits another feature's files.
 */
export interface Contribution {
  dependencies?: readonly DependencyName[];
  devDependencies?: readonly DependencyName[];
  scripts?: Readonly<Record<string, string>>;
  env?: readonly EnvVariable[];
  plugins?: readonly PluginRef[];
  /**
   * Routers mounted before the service-wide JSON parser, for routes whose
   * bodies need a limit or type of their own (a bulk upload); same shape as plugins.
   */
  bodyParsers?: readonly PluginRef[];
  /**
   * The layout the login pages use instead of their minimal one: a
   * `(title, bodyHtml) => string` export, relative to `src/pages/`. One a project.
   */
  pageLayouts?: readonly PluginRef[];
  /** API authenticators the api-auth guard tries, in order; same shape as plugins. */
  authenticators?: readonly PluginRef[];
  /** `npm run manage` commands (a `Command` export and its module, relative to `src/cli/`). */
  commands?: readonly PluginRef[];
  deps?: readonly DepRef[];
  /**
   * Steps run once the deps are built and before the service serves (and
   * before each test's app): a `(deps: AppDeps) => Promise<void>` export,
   * relative to `src/`. Commands do not run them.
   */
  startup?: readonly PluginRef[];
  /** Routes `npm run bench` loads, e.g. one that reads the database. */
  benchRoutes?: readonly string[];
  /** Measurements of a feature's own for `npm run bench` (a `BenchStep` export, relative to `scripts/`). */
  benchSteps?: readonly PluginRef[];
  /** DynamoDB tables a store needs, defined in code (a `TableDefinition` export, relative to `src/db/`). */
  tables?: readonly PluginRef[];
  /** Environment every test's config starts from (`test/helpers/test-deps.ts`), e.g. an in-memory engine. */
  testEnv?: Readonly<Record<string, string>>;
  /** Run modes besides WEB (`src/modes/run-modes.ts`). */
  runModes?: readonly RunModeRef[];
  /** Tasks TASK mode, workers and the web mode's task runner know by name (`src/tasks/task-registry.ts`). */
  tasks?: readonly TaskRef[];
  /** Repeatable jobs BEAT schedules (`src/tasks/schedule.ts`). */
  schedules?: readonly ScheduleEntry[];
  /**
   * Steps that rewrite raw env values before the config is parsed, such as
   * decrypting KMS ciphertexts: an `EnvResolver` export, relative to `src/config.ts`.
   */
  envResolvers?: readonly PluginRef[];
  /** Services the local container stack runs beside the app. */
  composeServices?: readonly ComposeService[];
  /** Test steps CI runs beside the standard tiers, such as browser tests. */
  ciSteps?: readonly CiStep[];
  menuActions?: readonly MenuAction[];
  /** Folders the service reads at run time, copied into the production image (`migrations`). */
  runtimeFolders?: readonly string[];
  errors?: readonly ErrorEntry[];
  readme?: readonly ReadmeSection[];
}

export interface ContributionOf {
  feature: string;
  contribution: Contribution;
}

export interface MergedReadmeSection extends ReadmeSection {
  feature: string;
}

export interface MergedContribution {
  dependencies: DependencyName[];
  devDependencies: DependencyName[];
  scripts: Record<string, string>;
  env: EnvVariable[];
  plugins: PluginRef[];
  bodyParsers: PluginRef[];
  pageLayouts: PluginRef[];
  authenticators: PluginRef[];
  commands: PluginRef[];
  deps: DepRef[];
  startup: PluginRef[];
  benchRoutes: string[];
  benchSteps: PluginRef[];
  tables: PluginRef[];
  testEnv: Record<string, string>;
  runModes: RunModeRef[];
  tasks: TaskRef[];
  schedules: ScheduleEntry[];
  envResolvers: PluginRef[];
  composeServices: ComposeService[];
  ciSteps: CiStep[];
  menuActions: MenuAction[];
  runtimeFolders: string[];
  errors: ErrorEntry[];
  readme: MergedReadmeSection[];
}

/**
 * Merges contributions in feature order. Two features that claim the same
 * script, env variable or plugin are a bug in the generator, so the merge
 * fails loudly instead of letting the later one win silently.
 */
export function mergeContributions(parts: readonly ContributionOf[]): MergedContribution {
  const merged: MergedContribution = {
    dependencies: [],
    devDependencies: [],
    scripts: {},
    env: [],
    plugins: [],
    bodyParsers: [],
    pageLayouts: [],
    authenticators: [],
    commands: [],
    deps: [],
    startup: [],
    benchRoutes: [],
    benchSteps: [],
    tables: [],
    testEnv: {},
    runModes: [],
    tasks: [],
    schedules: [],
    envResolvers: [],
    composeServices: [],
    ciSteps: [],
    menuActions: [],
    runtimeFolders: [],
    errors: [],
    readme: [],
  };
  const owners = new Map<string, string>();
  /** Adds keyed entries, refusing a key another feature already contributed. */
  const take = <T>(
    kind: string,
    items: readonly T[] | undefined,
    into: T[],
    feature: string,
    keyOf: (item: T) => string,
  ) => {
    for (const item of items ?? []) {
      const key = `${kind} ${keyOf(item)}`;
      const owner = owners.get(key);
      if (owner) throw new Error(`Features "${owner}" and "${feature}" both contribute ${key}`);
      owners.set(key, feature);
      into.push(item);
    }
  };
  const byName = (item: { name: string }) => item.name;
  /** The same for name-to-value records such as scripts. */
  const takeRecord = (
    kind: string,
    record: Readonly<Record<string, string>> | undefined,
    into: Record<string, string>,
    feature: string,
  ) => {
    const taken: { name: string; value: string }[] = [];
    const entries = Object.entries(record ?? {}).map(([name, value]) => ({ name, value }));
    take(kind, entries, taken, feature, byName);
    for (const { name, value } of taken) into[name] = value;
  };

  for (const { feature, contribution } of parts) {
    merged.dependencies.push(...(contribution.dependencies ?? []));
    merged.devDependencies.push(...(contribution.devDependencies ?? []));
    takeRecord('script', contribution.scripts, merged.scripts, feature);
    takeRecord('test env variable', contribution.testEnv, merged.testEnv, feature);
    take('env variable', contribution.env, merged.env, feature, byName);
    take('plugin', contribution.plugins, merged.plugins, feature, byName);
    take('body parser', contribution.bodyParsers, merged.bodyParsers, feature, byName);
    // Pages have one layout: a second feature offering one is a conflict, not a choice.
    take('page layout', contribution.pageLayouts, merged.pageLayouts, feature, () => 'of pages');
    take('authenticator', contribution.authenticators, merged.authenticators, feature, byName);
    take('command', contribution.commands, merged.commands, feature, byName);
    take('error code', contribution.errors, merged.errors, feature, (error) => error.code);
    take('dependency', contribution.deps, merged.deps, feature, byName);
    take('startup step', contribution.startup, merged.startup, feature, byName);
    merged.benchRoutes.push(...(contribution.benchRoutes ?? []));
    take('bench step', contribution.benchSteps, merged.benchSteps, feature, byName);
    take('table', contribution.tables, merged.tables, feature, byName);
    take('run mode', contribution.runModes, merged.runModes, feature, (mode) => mode.mode);
    take('task', contribution.tasks, merged.tasks, feature, (task) => task.task);
    take('schedule', contribution.schedules, merged.schedules, feature, byName);
    take('env resolver', contribution.envResolvers, merged.envResolvers, feature, byName);
    take('compose service', contribution.composeServices, merged.composeServices, feature, byName);
    take('CI step', contribution.ciSteps, merged.ciSteps, feature, byName);
    take(
      'menu action',
      contribution.menuActions,
      merged.menuActions,
      feature,
      (action) => action.label,
    );
    merged.runtimeFolders.push(...(contribution.runtimeFolders ?? []));
    merged.readme.push(...(contribution.readme ?? []).map((section) => ({ ...section, feature })));
  }

  merged.dependencies = [...new Set(merged.dependencies)].sort();
  merged.devDependencies = [...new Set(merged.devDependencies)].sort();
  merged.runtimeFolders = [...new Set(merged.runtimeFolders)].sort();
  return merged;
}
