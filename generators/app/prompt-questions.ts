import {
  answerProblem,
  choiceProblem,
  questions,
  type AnswerName,
  type PartialAnswers,
  type Question,
} from '../lib/answers.js';

interface PromptChoice {
  value: string;
  name: string;
  /** Why it cannot be picked, shown beside it. */
  disabled?: string;
}

type Of<Type extends Question['type']> = Extract<Question, { type: Type }>;
type WithChoices<Type extends 'select' | 'checkbox'> = Omit<Of<Type>, 'choices'> & {
  choices: PromptChoice[];
};

/** A question as the prompt library takes it. */
export type PromptQuestion =
  | (Of<'input'> & { validate: (value: string) => string | true })
  | Of<'confirm'>
  | WithChoices<'select'>
  | WithChoices<'checkbox'>;

/**
 * The prompt for one answer, built from the answers known when it is asked.
 * A choice that those answers rule out is shown disabled with the reason,
 * so no path through the prompts ends in a refusal that loses them; a
 * default it rules out is left unpicked. `previous` is the answer given in
 * an earlier round, offered as the default when a conflict asks again.
 * `nameProblem` adds what only the caller knows about a name (its target).
 */
export function promptFor(
  name: AnswerName,
  known: PartialAnswers,
  previous: unknown,
  nameProblem: (value: string) => string | undefined,
): PromptQuestion {
  const question = questions.find((candidate) => candidate.name === name);
  if (!question) throw new Error(`no question for the answer ${name}`);
  if (question.type === 'input') {
    return {
      ...question,
      ...(typeof previous === 'string' && { default: previous }),
      validate: (value) =>
        answerProblem(name, value) ?? (name === 'name' ? nameProblem(value) : undefined) ?? true,
    };
  }
  if (question.type === 'confirm') {
    return typeof previous === 'boolean' ? { ...question, default: previous } : question;
  }
  const choices = question.choices.map((choice): PromptChoice => {
    const problem = choiceProblem(name, choice.value, known);
    return problem ? { ...choice, disabled: `(${problem})` } : choice;
  });
  const open = (value: string) => choices.some((c) => c.value === value && !c.disabled);
  if (question.type === 'select') {
    const wanted = typeof previous === 'string' ? previous : question.default;
    const fallback = choices.find((choice) => !choice.disabled)?.value ?? question.default;
    return { ...question, choices, default: open(wanted) ? wanted : fallback };
  }
  const wanted = Array.isArray(previous) ? (previous as string[]) : question.default;
  return { ...question, choices, default: wanted.filter(open) };
}
