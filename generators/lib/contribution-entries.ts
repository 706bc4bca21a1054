/**
 * A module of the generated project, by its path from the project root
 * (`src/health/health.routes.ts`). Every reference a feature makes to
 * generated code has this one form; each assembled file turns it into the
 * import specifier it needs from where it stands (see `importPath`).
 */
export type ProjectModule = `src/${string}.ts` | `scripts/${string}.ts` | `test/${string}.ts`;

/** One variable of the generated service's env contract. */
export interface EnvVariable {
  name: string;
  /** A zod expression, written verbatim into the generated `src/config.ts`. */
  schema: string;
  /** Helpers its schema calls, which `src/config.ts` imports. */
  uses?: readonly { name: string; from: ProjectModule }[];
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
  /**
   * Why a production start (NODE_ENV=production) refuses to go on without it,
   * and what may stand in for it: the README's "What production needs".
   */
  production?: string;
}

/** A run mode: `APP_RUN_MODE=<mode>` calls the `(config) => Promise<void>` export `name` of `from`. */
export interface RunModeRef {
  mode: string;
  name: string;
  from: ProjectModule;
  /**
   * How a container stack runs it: `service` stays up (a deployment),
   * `once` runs to its end on every deploy (a job), `on-demand` when asked.
   */
  container: 'service' | 'once' | 'on-demand';
  /** Variables its container takes from whoever starts it, e.g. `APP_TASK_LIST`. */
  passedThrough?: readonly string[];
}

/** A task of the registry: `name` exports a `Task` from `from`. */
export interface TaskRef {
  task: string;
  name: string;
  from: ProjectModule;
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

/**
 * A variable another feature declares that this one cannot do without in
 * production (Hawk needs the Redis feature's REDIS_URL): a row of the
 * README's "What production needs", beside the variables whose own
 * declaration says so (`EnvVariable.production`).
 */
export interface ProductionNeed {
  name: string;
  /** Why a production start refuses to go on without it, and what may stand in for it. */
  why: string;
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

/**
 * What the dead-code check (knip) cannot see used, and why: browser assets
 * outside the module graph, a package read from its folder, a program a
 * helper runs. Each becomes an entry of `knip.jsonc` with its reason.
 */
export interface DeadCodeException {
  /** `ignore` takes file globs, the others package or program names. */
  kind: 'ignore' | 'ignoreDependencies' | 'ignoreBinaries';
  name: string;
  why: string;
}

/** A named export of a generated module: a plugin, command, table, startup step... */
export interface PluginRef {
  name: string;
  from: ProjectModule;
}

/**
 * A dependency the feature adds to AppDeps, built once at start by
 * `createDeps` in the generated `src/deps.ts`, in feature order.
 */
export interface DepRef {
  /** The AppDeps property, e.g. `redis`. */
  name: string;
  /** A type exported by `from`. */
  type: string;
  /**
   * Exported by `from`; called with `{ config, logger }` and every dependency
   * built before this one, so a later one can use an earlier one (one that
   * needs a later one does not compile).
   */
  factory: string;
  from: ProjectModule;
  /** True when the factory returns a promise (it opens a connection or starts an engine). */
  async?: boolean;
  /**
   * True when the factory is also handed `all: () => AppDeps`, every
   * dependency once built, for work it does later with them (a task
   * runner runs each task with the service's dependencies).
   */
  usesAll?: boolean;
  /** Exported by `from`: releases the dependency at shutdown, `(dependency) => Promise<void>`. */
  close?: string;
}

/** An entry of the generated error catalog: domain code throws `new AppError(code)`. */
export interface ErrorEntry {
  code: string;
  status: number;
  message: string;
}

/** A line of the README's layout map: a folder (or file) of the project and what it holds. */
export interface LayoutEntry {
  path: string;
  holds: string;
}

/** A README section: an EJS partial in the feature's template folder. */
export interface ReadmeSection {
  title: string;
  partial: string;
}
