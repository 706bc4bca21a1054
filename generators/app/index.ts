import { resolve } from 'node:path';
import Generator from 'yeoman-generator';
import { answerProblem, parseAnswers, questions, type AnswerName } from '../lib/answers.js';
import { planProject, type Plan } from '../lib/plan.js';
import { writeProject } from '../lib/update/write-project.js';
import type { PartialAnswers } from './answer-sources.js';
import {
  atTarget,
  collectAnswers,
  missingAnswers,
  targetProblem,
  type AnswerOptions,
} from './collect-answers.js';
import {
  appOptions,
  declareOptions,
  writeOptionsOf,
  type GeneratorWriteOptions,
} from '../lib/cli-options.js';
import { readyMessage } from './ready-message.js';

type AppOptions = GeneratorWriteOptions & AnswerOptions;

/**
 * Asks, turns the answers into a plan once, and writes the project it
 * describes. Everything that can be checked without asking is checked in
 * the constructor, before Yeoman runs a single task, so a refused run ends
 * with one line and leaves the disk as it was.
 */
export default class AppGenerator extends Generator<Record<string, unknown>, AppOptions> {
  private answers: PartialAnswers = {};
  private target: string | undefined;
  private plan!: Plan;
  private created = false;

  constructor(args: string[], options: AppOptions) {
    super(args, options);
    this.argument('name', {
      type: String,
      required: false,
      description: 'Project name; also the directory created',
    });
    declareOptions(this, appOptions);
    if (!this.options.help) {
      ({ answers: this.answers, target: this.target } = collectAnswers(
        this.options,
        this.destinationRoot(),
      ));
    }
  }

  async prompting(): Promise<void> {
    // The name first: it says where the project goes, and answers stored there need not be asked.
    if (!this.target) {
      await this.#ask(['name']);
      const dir = resolve(this.destinationRoot(), String(this.answers.name));
      ({ answers: this.answers, target: this.target } = atTarget(dir, this.answers));
    }
    await this.#ask(missingAnswers(this.answers));
  }

  configuring(): void {
    this.plan = planProject(parseAnswers(this.answers, 'answers'));
  }

  // The project is written, merged and installed in one step of its own, not through
  // Yeoman's file system and conflict prompts: see lib/update/write-project.ts.
  async writing(): Promise<void> {
    ({ created: this.created } = await writeProject(this.plan, this.target!, writeOptionsOf(this)));
  }

  end(): void {
    if (this.options.dryRun) return;
    const installed = !this.options.skipInstall;
    this.log(readyMessage(this.plan.answers.name, this.target!, this.created, installed));
  }

  async #ask(names: readonly AnswerName[]): Promise<void> {
    if (names.length === 0) return;
    const asked = await this.prompt(
      questions
        .filter((question) => names.includes(question.name))
        // Only typed answers can be wrong: a confirm is yes or no, a checkbox offers only valid choices.
        .map((question) =>
          question.type === 'input'
            ? {
                ...question,
                validate: (value: string) =>
                  answerProblem(question.name, value) ??
                  (question.name === 'name'
                    ? targetProblem(this.destinationRoot(), value, this.options.force === true)
                    : undefined) ??
                  true,
              }
            : question,
        ),
    );
    this.answers = { ...this.answers, ...asked };
  }
}
