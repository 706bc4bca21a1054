import type { Answers, ListAnswerName } from './answers.js';
import type { Contribution } from './contribution.js';

/**
 * Where a feature falls in the plan, and so in every merged list: the
 * service first, then what holds state, then what serves on it. Deps are
 * built and routes mounted in this order, so a store is built after the
 * database it lives in.
 */
export const stages = [
  'service',
  'platform',
  'data',
  'auth',
  'runtime',
  'component',
  'tests',
  'tooling',
] as const;
export type Stage = (typeof stages)[number];

/**
 * The answer that switches a feature on. A feature with a choice is offered
 * at the prompt, can be added to an existing project (`service-kit add`),
 * and is listed in the answers schema.
 */
export type Choice =
  /** A value of a pick-some answer (auth, modes, tooling, components), checked by default or not. */
  | { answer: ListAnswerName; value: string; label: string; default?: boolean }
  /** A value of the database answer, which picks one. */
  | { answer: 'database'; value: string; label: string }
  /** A yes/no answer of the feature's own, asked as `question`. */
  | { answer: string; question: string; default: boolean };

/** What a feature's `joins` rule sees while the plan is decided. */
export interface Planning {
  answers: Answers;
  has: (feature: string) => boolean;
}

/** What a feature says about itself, in `generators/<feature>/feature.ts`. */
export interface FeatureDeclaration {
  /** One sentence, shown in plans and docs. */
  summary: string;
  stage: Stage;
  /** Features of its stage it must follow when both are planned, e.g. the database a store uses. */
  after?: readonly string[];
  choice?: Choice;
  /** Features it cannot work without; they join the plan with it. */
  brings?: readonly string[];
  /**
   * For a feature no answer names: joins the plan when this holds, e.g. a
   * store adapter when its port and its database are both planned.
   */
  joins?: (planning: Planning) => boolean;
  /**
   * Answers it is built on. A project that picks it without them is
   * refused, and an answers prompt does not offer it.
   */
  needs?: Partial<Record<'database' | ListAnswerName, string | readonly string[]>>;
  contribution?: Contribution;
  /** What a person does once `service-kit add` brought the feature in, e.g. create its first user. */
  nextSteps?: readonly string[];
  /**
   * The module of values and functions its templates call, e.g. a
   * compose-file writer; loaded only when templates are rendered.
   */
  helpers?: () => Promise<Readonly<Record<string, unknown>>>;
}

/** A template of a feature and the project file it becomes. */
export interface TemplateFile {
  /** Absolute path of the template. */
  template: string;
  /** Path in the generated project. */
  output: string;
  /** Rendered with EJS (`.ejs`), or copied as it is. */
  rendered: boolean;
}

/** A feature as the registry found it: its folder name and its templates besides its declaration. */
export interface Feature extends FeatureDeclaration {
  name: string;
  files: readonly TemplateFile[];
  contribution: Contribution;
}
