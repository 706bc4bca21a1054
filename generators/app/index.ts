import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Generator, { type BaseOptions } from 'yeoman-generator';
import {
  answerDefaults,
  answerProblem,
  parseAnswers,
  parsePartialAnswers,
  questions,
  type AnswerName,
} from '../lib/answers.js';
import { composePlan } from '../lib/compose.js';
import { planProject, type Plan } from '../lib/plan.js';
import { UsageError } from '../lib/usage-error.js';
import { answersFile, presetAnswers, type PartialAnswers } from './answer-sources.js';
import { answersOnDisk } from '../lib/project-config.js';
import { targetDirectoryProblem } from './target-directory.js';

type AppOptions = BaseOptions & {
  name?: string;
  yes?: boolean;
  answers?: string;
  preset?: string;
  interactive?: boolean;
  force?: boolean;
  dryRun?: boolean;
  help?: boolean;
};

/**
 * Asks, normalises the answers into a plan and composes the feature
 * generators; writes nothing itself. Everything that can be checked without
 * asking is checked in the constructor, before Yeoman runs a single task, so
 * a refused run ends with one line and leaves the disk as it was.
 */
export default class AppGenerator extends Generator<Record<string, unknown>, AppOptions> {
  private answers: PartialAnswers = {};
  private target = '';
  private targetExisted = false;
  private plan!: Plan;

  constructor(args: string[], options: AppOptions) {
    super(args, options);
    this.argument('name', {
      type: String,
      required: false,
      description: 'Project name; also the directory created',
    });
    this.option('yes', {
      type: Boolean,
      alias: 'y',
      description: 'Use defaults for all not given; ask nothing',
    });
    this.option('answers', {
      type: String,
      description: 'JSON file of answers (see docs/options.md)',
    });
    this.option('preset', { type: String, description: 'Answer set from presets/, e.g. minimal' });
    this.option('interactive', {
      type: Boolean,
      default: true,
      description:
        'Ask for missing answers; --no-interactive fails instead (the default without a terminal)',
    });
    if (!this.options.help) this.#collectAnswers();
  }

  async prompting(): Promise<void> {
    // The name first: it says where the project goes, and answers stored there need not be asked.
    if (!this.target) {
      await this.#ask(['name']);
      this.#useTarget(resolve(this.destinationRoot(), String(this.answers.name)));
    }
    await this.#ask(this.#missing());
  }

  configuring(): void {
    this.plan = planProject(parseAnswers(this.answers, 'answers'));
    this.targetExisted = existsSync(this.target);
    this.destinationRoot(this.target);
    // The environment installs dependencies where package.json lands.
    this.env.cwd = this.target;
    this.config.set(this.plan.answers);
  }

  async default(): Promise<void> {
    await composePlan(this, this.plan);
  }

  end(): void {
    const target = this.destinationRoot();
    if (this.options.dryRun) {
      // Yeoman created the destination to render into; a dry run leaves no trace.
      if (!this.targetExisted && readdirSync(target).length === 0) rmdirSync(target);
      this.log(`Dry run: nothing was written. Without --dry-run the files above go to ${target}`);
      return;
    }
    const where = relative(process.cwd(), target);
    const steps = [
      where && `cd ${where}`,
      this.options.skipInstall && 'npm install',
      'npm run dev    # http://127.0.0.1:3000/healthcheck',
      'npm test',
    ].filter(Boolean);
    this.log(`\n${this.plan.answers.name} is ready. Next:\n\n  ${steps.join('\n  ')}\n`);
  }

  /**
   * Merges the answer sources, lowest first: stored answers of an existing
   * project, a preset, an answers file, the name argument. With --yes the
   * defaults fill the rest; without a terminal nothing may be left to ask.
   */
  #collectAnswers(): void {
    const cwd = this.destinationRoot();
    const { name, preset, answers, yes, interactive } = this.options;
    this.answers = {
      ...(preset ? presetAnswers(preset) : {}),
      ...(answers ? answersFile(answers, cwd) : {}),
      ...(name === undefined ? {} : parsePartialAnswers({ name }, '')),
    };

    // Run inside a generated project without another name: update it in place.
    const storedHere = answersOnDisk(cwd);
    if (storedHere && (this.answers.name === undefined || this.answers.name === storedHere.name)) {
      this.#useTarget(cwd);
    } else if (this.answers.name !== undefined) {
      const target = resolve(cwd, this.answers.name);
      const problem = this.#targetProblem(this.answers.name);
      if (problem) throw new UsageError(problem);
      this.#useTarget(target);
    }

    if (yes) {
      if (this.answers.name === undefined)
        throw new UsageError('a project name is required: service-kit <name> --yes');
      this.answers = { ...answerDefaults, ...this.answers };
    }
    const missing = this.#missing();
    // Answers that do not go together are refused now, before Yeoman runs a task.
    if (missing.length === 0) parseAnswers(this.answers, 'answers');
    if (missing.length > 0 && interactive === false) {
      throw new UsageError(
        `cannot ask for ${missing.join(', ')} without a terminal; pass --yes (defaults), --answers <file> or --preset <name>`,
      );
    }
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
                  (question.name === 'name' ? this.#targetProblem(value) : undefined) ??
                  true,
              }
            : question,
        ),
    );
    this.answers = { ...this.answers, ...asked };
  }

  #missing(): AnswerName[] {
    return questions
      .map((question) => question.name)
      .filter((name) => this.answers[name] === undefined);
  }

  #targetProblem(name: string): string | undefined {
    return targetDirectoryProblem(
      resolve(this.destinationRoot(), name),
      this.options.force === true,
    );
  }

  /**
   * Sets where the project goes. Answers an earlier run stored there fill
   * what this run's sources did not say, so a re-run asks nothing twice.
   */
  #useTarget(dir: string): void {
    this.target = dir;
    const stored = answersOnDisk(dir);
    if (stored)
      this.answers = { ...parsePartialAnswers(stored, join(dir, '.yo-rc.json')), ...this.answers };
  }
}
