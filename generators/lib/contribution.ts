import type {
  CiStep,
  ComposeService,
  DeadCodeException,
  LayoutEntry,
  DepRef,
  EnvVariable,
  ErrorEntry,
  MenuAction,
  PluginRef,
  ProductionNeed,
  ReadmeSection,
  RunModeRef,
  ScheduleEntry,
  TaskRef,
} from './contribution-entries.js';
import type { DependencyName } from './dependency-versions.js';

export type * from './contribution-entries.js';

/** Refuses a key that another feature contributed already; two owners are a bug, not a choice. */
type Claim = (key: string) => void;

/** How the entries of one kind, given by each feature in plan order, become one value. */
interface Kind<In, Out> {
  empty: () => Out;
  add: (merged: Out, given: In, feature: string, claim: Claim) => Out;
}

/** Names or packages several features may ask for alike: one sorted list without repeats. */
const union = <T extends string>(): Kind<readonly T[], T[]> => ({
  empty: () => [],
  add: (merged, given) => [...new Set([...merged, ...given])].sort(),
});

/** Entries in feature order, each key from one feature only. */
const keyed = <T>(noun: string, keyOf: (entry: T) => string): Kind<readonly T[], T[]> => ({
  empty: () => [],
  add: (merged, given, _feature, claim) => {
    for (const entry of given) claim(`${noun} ${keyOf(entry)}`);
    return [...merged, ...given];
  },
});

/** Name-to-value records such as package scripts, each name from one feature only. */
const record = (noun: string): Kind<Readonly<Record<string, string>>, Record<string, string>> => ({
  empty: () => ({}),
  add: (merged, given, _feature, claim) => {
    for (const name of Object.keys(given)) claim(`${noun} ${name}`);
    return { ...merged, ...given };
  },
});

/** A single value a project has at most one of. */
const one = <T>(noun: string): Kind<T, T | undefined> => ({
  empty: () => undefined,
  add: (_merged, given, _feature, claim) => {
    claim(noun);
    return given;
  },
});

/**
 * Entries several features may name alike, such as a folder they share:
 * the first feature's entry stands, so a later one cannot reword it.
 */
const firstOfEach = <T>(
  keyOf: (entry: T) => string,
): Kind<readonly T[], (T & { feature: string })[]> => ({
  empty: () => [],
  add: (merged, given, feature) => [
    ...merged,
    ...given
      .filter((entry) => !merged.some((taken) => keyOf(taken) === keyOf(entry)))
      .map((entry) => ({ ...entry, feature })),
  ],
});

/**
 * Entries several features may each declare because each uses them, such as
 * an error code two auth schemes throw: a key declared again must be the same
 * entry, so no feature can reword what another relies on.
 */
const alike = <T>(noun: string, keyOf: (entry: T) => string): Kind<readonly T[], T[]> => ({
  empty: () => [],
  add: (merged, given, feature) => {
    const fresh = given.filter((entry) => {
      const taken = merged.find((earlier) => keyOf(earlier) === keyOf(entry));
      if (taken && JSON.stringify(taken) !== JSON.stringify(entry))
        throw new Error(
          `Feature "${feature}" declares ${noun} ${keyOf(entry)} unlike an earlier feature: ${JSON.stringify(entry)}, not ${JSON.stringify(taken)}`,
        );
      return !taken;
    });
    return [...merged, ...fresh];
  },
});

/** Entries that remember which feature gave them, e.g. to find a feature's own template. */
const tagged = <T>(
  noun: string,
  keyOf: (entry: T) => string,
): Kind<readonly T[], (T & { feature: string })[]> => ({
  empty: () => [],
  add: (merged, given, feature, claim) => {
    for (const entry of given) claim(`${noun} ${keyOf(entry)}`);
    return [...merged, ...given.map((entry) => ({ ...entry, feature }))];
  },
});

const byName = (entry: { name: string }) => entry.name;

/**
 * Every kind of contribution, once: what a feature may add to the files that
 * several features share, and how the additions of all planned features are
 * merged. Every shared file (package.json, the env contract, `.env.example`,
 * the plugin list, README) is rendered from the merge, so a feature never
 * edits another feature's files. Module references are project paths
 * (`src/auth/api-key.ts`); see `ProjectModule`.
 */
const contributionKinds = {
  dependencies: union<DependencyName>(),
  devDependencies: union<DependencyName>(),
  scripts: record('script'),
  env: keyed<EnvVariable>('env variable', byName),
  /**
   * What createApp runs on every request before any plugin's routes: what a
   * request carries that any route may read (the login session), so no
   * route depends on another router having been mounted first.
   */
  middleware: keyed<PluginRef>('middleware', byName),
  /** Express plugins `src/plugins.ts` applies, in plan order. */
  plugins: keyed<PluginRef>('plugin', byName),
  /**
   * Error handlers createApp runs before the JSON one, each answering the
   * errors it can in its own form (HTML pages for browsers) and passing on
   * the rest: an `ErrorPages` export.
   */
  errorPages: keyed<PluginRef>('error pages', byName),
  /**
   * What hears of the failures a person should know of (5xx answers, failed
   * tasks, failed starts): a `FailureReporterFactory` export, opened by
   * main.ts right after the config, with `src/failures/failure-reports.ts`.
   */
  failureReporters: keyed<PluginRef>('failure reporter', byName),
  /** The layout pages are drawn in instead of the plain one: a `PageLayout` export. */
  pageLayout: one<PluginRef>('page layout'),
  /**
   * What each feature says of the routes it serves, for the OpenAPI
   * document (`src/openapi/openapi-document.ts`): a `RouteDocs` export kept
   * beside the routes, described from the zod schemas they validate with.
   */
  routeDocs: keyed<PluginRef>('route docs', byName),
  /** API authenticators the api-auth guard tries, in order. */
  authenticators: keyed<PluginRef>('authenticator', byName),
  /** The API auth schemes as the OpenAPI document names them: a `SchemeDoc` export each. */
  apiSchemes: keyed<PluginRef>('API scheme', byName),
  /** `npm run manage` commands: a `Command` export each. */
  commands: keyed<PluginRef>('command', byName),
  /** Properties of AppDeps, built once at start by `createDeps`, in plan order. */
  deps: keyed<DepRef>('dependency', byName),
  /**
   * Steps run once the deps are built and before the service serves (and
   * before each test's app): a `(deps: AppDeps) => Promise<void>` export.
   * Commands do not run them.
   */
  startup: keyed<PluginRef>('startup step', byName),
  /** Routes `npm run bench` loads, e.g. one that reads the database. */
  benchRoutes: union<string>(),
  /** Measurements of a feature's own for `npm run bench`: a `BenchStep` export. */
  benchSteps: keyed<PluginRef>('bench step', byName),
  /**
   * JSON routes the generated fuzz test sends hostile requests to, and how
   * to get past their guard: a `FuzzTarget` export under `test/fuzz/`.
   */
  fuzzTargets: keyed<PluginRef>('fuzz target', byName),
  /** DynamoDB tables a store needs, defined in code: a `TableDefinition` export. */
  tables: keyed<PluginRef>('table', byName),
  /** Modules jest runs in every test file before its tests (`setupFilesAfterEnv`). */
  testSetup: union<string>(),
  /** Environment every test's config starts from (`test/helpers/test-deps.ts`), e.g. an in-memory engine. */
  testEnv: record('test env variable'),
  /** Run modes besides WEB (`src/modes/run-modes.ts`). */
  runModes: keyed<RunModeRef>('run mode', (mode) => mode.mode),
  /** Tasks TASK mode, workers and the web mode's task runner know by name. */
  tasks: keyed<TaskRef>('task', (task) => task.task),
  /** Repeatable jobs BEAT schedules (`src/tasks/schedule.ts`). */
  schedules: keyed<ScheduleEntry>('schedule', byName),
  /**
   * Steps that rewrite raw env values before the config is parsed, such as
   * decrypting KMS ciphertexts: an `EnvResolver` export.
   */
  envResolvers: keyed<PluginRef>('env resolver', byName),
  /**
   * Rules over settings that are valid alone but not together (half a login,
   * a key production needs): an `EnvRule` export, `(config) => problem |
   * undefined`, checked by `loadConfig` right after the env contract.
   */
  envRules: keyed<PluginRef>('env rule', byName),
  /** Variables of other features a production start refuses to go on without. */
  productionNeeds: keyed<ProductionNeed>('production need', byName),
  /** Services the local container stack runs beside the app. */
  composeServices: keyed<ComposeService>('compose service', byName),
  /** Test steps CI runs beside the standard tiers, such as browser tests. */
  ciSteps: keyed<CiStep>('CI step', byName),
  menuActions: keyed<MenuAction>('menu action', (action) => action.label),
  /** Files prettier leaves alone (`.prettierignore`): templates of another language. */
  formatIgnores: union<string>(),
  /** Folders the service reads at run time, copied into the production image (`migrations`). */
  runtimeFolders: union<string>(),
  /** Folders the service writes at run time (an embedded engine's data): the image's user owns them. */
  dataFolders: union<string>(),
  /** What the dead-code check cannot see used (`knip.jsonc`), each with its reason. */
  deadCodeExceptions: keyed<DeadCodeException>(
    'dead-code exception',
    (entry) => `${entry.kind} ${entry.name}`,
  ),
  /** The error catalog: each feature declares the codes it throws, alike where two share one. */
  errors: alike<ErrorEntry>('error code', (error) => error.code),
  /** The README's layout map: the folders a feature writes, and what they hold. */
  layout: firstOfEach<LayoutEntry>((entry) => entry.path),
  /** README sections: EJS partials in the feature's `templates/<feature>/_partials/`. */
  readme: tagged<ReadmeSection>('README section', (section) => section.title),
};

type Kinds = typeof contributionKinds;
type InputOf<K> = K extends { add: (merged: never, given: infer In, ...rest: never[]) => unknown }
  ? In
  : never;
type OutputOf<K> = K extends { empty: () => infer Out } ? Out : never;

/** What one feature adds to the shared files. */
export type Contribution = { readonly [K in keyof Kinds]?: InputOf<Kinds[K]> };

/** The contributions of every planned feature, merged. */
export type MergedContribution = { [K in keyof Kinds]: OutputOf<Kinds[K]> };

export interface ContributionOf {
  feature: string;
  contribution: Contribution;
}

/**
 * Merges contributions in plan order. Two features that claim the same
 * script, env variable or plugin are a bug in the generator, so the merge
 * fails loudly instead of letting the later one win silently.
 */
export function mergeContributions(parts: readonly ContributionOf[]): MergedContribution {
  const kinds = Object.entries(contributionKinds) as [keyof Kinds, Kind<unknown, unknown>][];
  const merged = Object.fromEntries(kinds.map(([name, kind]) => [name, kind.empty()])) as Record<
    keyof Kinds,
    unknown
  >;
  const owners = new Map<string, string>();
  for (const { feature, contribution } of parts) {
    const claim: Claim = (key) => {
      const owner = owners.get(key);
      if (owner) throw new Error(`Features "${owner}" and "${feature}" both contribute ${key}`);
      owners.set(key, feature);
    };
    for (const [name, kind] of kinds) {
      const given = contribution[name];
      if (given !== undefined) merged[name] = kind.add(merged[name], given, feature, claim);
    }
  }
  return merged as MergedContribution;
}
