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

export const answersSchema = z.strictObject({ name: projectName, description });

export type Answers = z.infer<typeof answersSchema>;
export type AnswerName = keyof Answers;

/** What `--yes` fills in; the name has no sensible default and must be given. */
export const answerDefaults: Omit<Answers, 'name'> = {
  description: 'An HTTP service scaffolded by service-kit',
};

/** The prompt text of each answer, in the order they are asked. */
export const questions: ReadonlyArray<{ name: AnswerName; message: string }> = [
  { name: 'name', message: 'Project name (kebab-case, becomes the directory and npm name)' },
  { name: 'description', message: 'One-line description' },
];

/** The first problem of a single answer, for interactive validation. */
export function answerProblem(name: AnswerName, value: unknown): string | undefined {
  const result = answersSchema.shape[name].safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function problemsOf(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(answersSchema.shape).join(', ');
        return `unknown answer ${issue.keys.map((key) => `"${key}"`).join(', ')} (known: ${known})`;
      }
      const answer = issue.path.join('.');
      return issue.code === 'invalid_type' && issue.input === undefined
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
  if (!result.success) throw new UsageError(`${source}: ${problemsOf(result.error)}`);
  return result.data;
}

/**
 * Validates one source of some answers (a preset, a file, the name
 * argument) before sources are merged; `source` prefixes its problems.
 */
export function parsePartialAnswers(input: unknown, source: string): Partial<Answers> {
  const result = answersSchema.partial().safeParse(input);
  if (!result.success)
    throw new UsageError(`${source ? `${source}: ` : ''}${problemsOf(result.error)}`);
  return result.data;
}
