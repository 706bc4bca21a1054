import { z } from 'zod';
import type { Feature } from './feature-declaration.js';
import { projectNameProblem } from './project-name.js';
import { registry } from './registry.js';
import { UsageError } from './usage-error.js';
import { didYouMean } from './did-you-mean.js';
import { quoted } from './quoted.js';

/**
 * The one answers schema. Prompts, `--answers` files, presets and the
 * `.yo-rc.json` of a generated project are all read through it, so a value
 * that is refused at a prompt is refused the same way everywhere else.
 * Apart from the name and description, every value an answer can take is a
 * feature's `choice`: the schema and the prompts are built from the registry.
 */
const projectName = z.string({ error: 'expected a string' }).superRefine((name, ctx) => {
  const problem = projectNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const description = z
  .string({ error: 'expected a string' })
  .trim()
  .min(1, 'the description is empty')
  .max(280, 'the description is longer than 280 characters')
  .refine((text) => !/[\r\n]/.test(text), 'the description must fit on one line');

/** The answers that pick some of the values features offer, asked as checkboxes. */
const listAnswers = {
  auth: { noun: 'scheme', message: 'Authentication (space to select, none is fine)' },
  modes: { noun: 'mode', message: 'Run modes besides the web server (APP_RUN_MODE)' },
  tooling: { noun: 'tool', message: 'Operations tooling' },
  components: { noun: 'component', message: 'Components built on the features above' },
  adapters: { noun: 'adapter', message: 'Outside services the service talks to' },
} as const;
export type ListAnswerName = keyof typeof listAnswers;
const listAnswerNames = Object.keys(listAnswers) as ListAnswerName[];

/** The answer that picks one database, or none: data then stays in process. */
const noDatabase = { value: 'none', name: 'None: data stays in process' };
const databaseMessage = 'Database (runs embedded until you point it at a server)';

interface ProjectAnswers {
  name: string;
  description: string;
  database: string;
  auth: string[];
  modes: string[];
  tooling: string[];
  components: string[];
  adapters: string[];
}
/** The yes/no answers features declare for themselves, e.g. `dataApi`. */
type Toggles = Readonly<Record<string, string | boolean | string[]>>;
export type Answers = ProjectAnswers & Toggles;
export type AnswerName = string;
export type PartialAnswers = Partial<Answers>;

type ValueChoice = Feature & { choice: { answer: string; value: string; label: string } };
type ToggleChoice = Feature & { choice: { answer: string; question: string; default: boolean } };

const valueChoices = (answer: string) =>
  registry.filter(
    (feature): feature is ValueChoice =>
      feature.choice?.answer === answer && 'value' in feature.choice,
  );
const toggles = registry.filter(
  (feature): feature is ToggleChoice =>
    feature.choice !== undefined && 'question' in feature.choice,
);

/** The values of a choice answer, in plan order; `none` first for the database. */
export function valuesOf(answer: 'database' | ListAnswerName): string[] {
  const values = valueChoices(answer).map((feature) => feature.choice.value);
  return answer === 'database' ? [noDatabase.value, ...values] : values;
}

/** `expected <wanted>`, with what was given instead and the value it was likely meant to be. */
function notOneOf(wanted: string, given: unknown, values: string[]): string {
  if (typeof given !== 'string') return `expected ${wanted}`;
  return `expected ${wanted}, not ${quoted(given)}${didYouMean(given, values)}`;
}

/** An answer that picks some of `values`, each at most once. */
function someOf(values: string[], noun: string) {
  return z
    .array(
      z.enum(values, {
        error: (issue) => notOneOf(`some of ${values.join(', ')}`, issue.input, values),
      }),
      {
        error: `expected a list of some of ${values.join(', ')}, such as ["${values[0]}"]`,
      },
    )
    .refine((chosen) => new Set(chosen).size === chosen.length, `a ${noun} is listed twice`);
}

const databases = valuesOf('database');
export const answersSchema = z.strictObject({
  name: projectName,
  description,
  ...Object.fromEntries(
    toggles.map((feature) => [
      feature.choice.answer,
      z.boolean({ error: 'expected true or false' }),
    ]),
  ),
  database: z.enum(databases, {
    error: (issue) => notOneOf(`one of ${databases.join(', ')}`, issue.input, databases),
  }),
  ...Object.fromEntries(
    listAnswerNames.map((answer) => [answer, someOf(valuesOf(answer), listAnswers[answer].noun)]),
  ),
});

/** What `--yes` fills in; the name has no sensible default and must be given. */
export const answerDefaults: Omit<ProjectAnswers, 'name'> & Toggles = {
  description: 'A TypeScript Express service',
  ...Object.fromEntries(toggles.map((feature) => [feature.choice.answer, feature.choice.default])),
  database: noDatabase.value,
  ...(Object.fromEntries(
    listAnswerNames.map((answer) => [
      answer,
      valueChoices(answer)
        .filter((feature) => 'default' in feature.choice && feature.choice.default === true)
        .map((feature) => feature.choice.value),
    ]),
  ) as Record<ListAnswerName, string[]>),
};

/**
 * Answers that did not exist when some projects were generated. A project
 * whose `.yo-rc.json` lacks one had none of what it adds, so it reads as
 * none, and re-running or `add` there leaves the project as it was.
 */
export const answersAddedLater: Record<string, unknown> = {
  database: noDatabase.value,
  ...Object.fromEntries(listAnswerNames.map((answer) => [answer, []])),
};

/** True when the feature's own choice is among the answers. */
export function isChosen(feature: Feature, answers: PartialAnswers): boolean {
  const choice = feature.choice;
  if (!choice) return false;
  const given = answers[choice.answer];
  if ('question' in choice) return given === true;
  return Array.isArray(given) ? given.includes(choice.value) : given === choice.value;
}

/** An answer a chosen feature is built on and does not get, and the answers that can fix it. */
export interface AnswerConflict {
  problem: string;
  /** The feature's own answer and the one it needs. */
  answers: [AnswerName, AnswerName];
}

const labelOf = (feature: Feature) => {
  const choice = feature.choice as ValueChoice['choice'] | undefined;
  const noun =
    choice && choice.answer in listAnswers
      ? listAnswers[choice.answer as ListAnswerName].noun
      : 'feature';
  return `the ${choice?.value ?? feature.name} ${noun}`;
};

/**
 * What a chosen feature lacks of the answers it is built on. Answers not
 * known yet (still to be asked) lack nothing.
 */
function unmetNeeds(feature: Feature, answers: PartialAnswers): AnswerConflict[] {
  const own = feature.choice?.answer ?? feature.name;
  return Object.entries(feature.needs ?? {}).flatMap(([answer, wanted]): AnswerConflict[] => {
    const given = answers[answer];
    if (given === undefined) return [];
    const conflict = (what: string): AnswerConflict[] => [
      { problem: `${labelOf(feature)} needs ${answer} ${what}`, answers: [own, answer] },
    ];
    if (typeof wanted === 'string') return given === wanted ? [] : conflict(`"${wanted}"`);
    const missing = wanted.filter((value) => !(Array.isArray(given) && given.includes(value)));
    return missing.length > 0 ? conflict(missing.join(' and ')) : [];
  });
}

/** Answers that are each valid but do not go together: a choice without what it is built on. */
export function conflictsOf(answers: PartialAnswers): AnswerConflict[] {
  return registry
    .filter((feature) => isChosen(feature, answers))
    .flatMap((feature) => unmetNeeds(feature, answers));
}

export function answerConflicts(answers: Answers): string[] {
  return conflictsOf(answers).map((conflict) => conflict.problem);
}

/**
 * Why `value` cannot be picked for `answer`, given the answers known so
 * far, or undefined when it can: the prompt shows it disabled with this
 * reason instead of offering a choice that is refused after the last question.
 */
export function choiceProblem(
  answer: AnswerName,
  value: string,
  known: PartialAnswers,
): string | undefined {
  const given = known[answer];
  const picked = Array.isArray(given) ? [...given, value] : value;
  const before = new Set(conflictsOf(known).map((conflict) => conflict.problem));
  return conflictsOf({ ...known, [answer]: picked })
    .map((conflict) => conflict.problem)
    .find((problem) => !before.has(problem));
}

/**
 * The answers with a feature switched on, for `service-kit add <feature>`:
 * its value joins a pick-some answer, its toggle turns true, or it becomes
 * the database of a project that had none. A second database is refused.
 */
export function withFeature(answers: Answers, feature: Feature): Answers {
  const choice = feature.choice;
  if (!choice)
    throw new UsageError(`${feature.name} follows from other answers and cannot be added alone`);
  if ('question' in choice) return { ...answers, [choice.answer]: true };
  const given = answers[choice.answer];
  if (Array.isArray(given))
    return given.includes(choice.value)
      ? answers
      : { ...answers, [choice.answer]: [...given, choice.value] };
  if (given === choice.value) return answers;
  if (given !== noDatabase.value)
    throw new UsageError(
      `this project already uses ${String(given)}; a service-kit project has one database`,
    );
  return { ...answers, [choice.answer]: choice.value };
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

const choicesOf = (answer: string) =>
  valueChoices(answer).map((feature) => ({
    value: feature.choice.value,
    name: feature.choice.label,
  }));

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
  ...toggles.map((feature): Question => ({
    name: feature.choice.answer,
    type: 'confirm',
    message: feature.choice.question,
    default: feature.choice.default,
  })),
  {
    name: 'database',
    type: 'select',
    message: databaseMessage,
    default: noDatabase.value,
    choices: [noDatabase, ...choicesOf('database')],
  },
  ...listAnswerNames.map((answer): Question => ({
    name: answer,
    type: 'checkbox',
    message: listAnswers[answer].message,
    default: [...answerDefaults[answer]],
    choices: choicesOf(answer),
  })),
];

/** The first problem of a single answer, for interactive validation. */
export function answerProblem(name: AnswerName, value: unknown): string | undefined {
  const schema = answersSchema.shape[name as keyof typeof answersSchema.shape] as
    z.ZodType | undefined;
  const result = schema?.safeParse(value);
  return result === undefined || result.success ? undefined : result.error.issues[0]?.message;
}

function problemsOf(error: z.ZodError, input: unknown): string {
  const given = typeof input === 'object' && input !== null ? Object.keys(input) : [];
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(answersSchema.shape);
        return issue.keys
          .map((key) => `unknown answer ${quoted(key)}${didYouMean(key, known)}`)
          .join('; ')
          .concat(` (known: ${known.join(', ')})`);
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
  const answers = result.data as Answers;
  const conflicts = answerConflicts(answers);
  if (conflicts.length > 0) throw new UsageError(`${source}: ${conflicts.join('; ')}`);
  return answers;
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
