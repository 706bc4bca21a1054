import { resolve } from 'node:path';
import Generator from 'yeoman-generator';
import { conflictsOf, parseAnswers, questions, type AnswerName } from '../lib/answers.js';
import { UsageError } from '../lib/usage-error.js';
import { planProject, type Plan } from '../lib/plan.js';
import { noYeomanInstall, writeProject } from '../lib/update/write-project.js';
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
import { appHelp } from './help-text.js';
import { promptFor } from './prompt-questions.js';
import { readyMessage } from './ready-message.js';

type AppOptions = GeneratorWriteOptions & AnswerOptions;
const questionOrder = questions.map((question) => question.name);

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
    super(args, options, noYeomanInstall);
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

  /** What `yo service-kit --help` prints: the same as `service-kit --help`. */
  override help(): string {
    return appHelp('yo service-kit');
  }

  async prompting(): Promise<void> {
    // The name first: it says where the project goes, and answers stored there need not be asked.
    if (!this.target) {
      await this.#ask(['name']);
      const dir = resolve(this.destinationRoot(), String(this.answers.name));
      ({ answers: this.answers, target: this.target } = atTarget(dir, this.answers));
    }
    await this.#ask(missingAnswers(this.answers));
    await this.#askAgainWhileInConflict();
  }

  /**
   * Answers from a file or preset can rule out what was then picked at a
   * prompt (a component given, its database picked otherwise). Instead of
   * refusing them all, say which do not go together and ask those again,
   * the earlier pick as the default; the prompts then disable what the
   * other answers rule out, so a second round settles it.
   */
  async #askAgainWhileInConflict(): Promise<void> {
    let problems = '';
    for (;;) {
      const conflicts = conflictsOf(this.answers);
      if (conflicts.length === 0) return;
      const now = conflicts.map((conflict) => conflict.problem).join('; ');
      if (now === problems) throw new UsageError(`answers: ${now}`);
      problems = now;
      this.log(`These answers do not go together: ${now}. Asking them again.`);
      const again = [...new Set(conflicts.flatMap((conflict) => conflict.answers))];
      const previous = this.answers;
      this.answers = Object.fromEntries(
        Object.entries(previous).filter(([name]) => !again.includes(name)),
      );
      await this.#ask(again, previous);
    }
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

  /** Asks `names` one at a time, in question order, each built from the answers known by then. */
  async #ask(names: readonly AnswerName[], previous: PartialAnswers = {}): Promise<void> {
    const targetOf = (value: string) =>
      targetProblem(this.destinationRoot(), value, this.options.force === true);
    for (const name of questionOrder.filter((question) => names.includes(question))) {
      const question = promptFor(name, this.answers, previous[name], targetOf);
      const asked = await this.prompt([question]);
      this.answers = { ...this.answers, ...asked };
    }
  }
}
