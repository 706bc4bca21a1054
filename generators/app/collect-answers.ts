import { join, resolve } from 'node:path';
import {
  answerDefaults,
  parseAnswers,
  parsePartialAnswers,
  questions,
  type AnswerName,
} from '../lib/answers.js';
import { answersOnDisk } from '../lib/project-config.js';
import { UsageError } from '../lib/usage-error.js';
import { answersFile, presetAnswers, type PartialAnswers } from './answer-sources.js';
import { targetDirectoryProblem } from './target-directory.js';

/** The options that say what to generate and where. */
export interface AnswerOptions {
  name?: string;
  yes?: boolean;
  answers?: string;
  preset?: string;
  interactive?: boolean;
  force?: boolean;
}

/** What is known before anything is asked: the answers given, and where the project goes. */
export interface Collected {
  answers: PartialAnswers;
  /** Unset until a name says where. */
  target?: string;
}

/**
 * Answers stored in `dir` by an earlier run fill what this run's sources did
 * not say, so a re-run asks nothing twice.
 */
export function atTarget(dir: string, answers: PartialAnswers): Collected {
  const stored = answersOnDisk(dir);
  return {
    target: dir,
    answers: stored
      ? { ...parsePartialAnswers(stored, join(dir, '.yo-rc.json')), ...answers }
      : answers,
  };
}

export function missingAnswers(answers: PartialAnswers): AnswerName[] {
  return questions.map((question) => question.name).filter((name) => answers[name] === undefined);
}

export function targetProblem(cwd: string, name: string, force: boolean): string | undefined {
  return targetDirectoryProblem(resolve(cwd, name), force);
}

/** The sources of a run's answers, as its refusals name them: `--preset x + --answers y.json`. */
function sourcesOf({ preset, answers, yes }: AnswerOptions): string {
  const sources = [
    preset && `--preset ${preset}`,
    answers && `--answers ${answers}`,
    yes && '--yes defaults',
  ].filter(Boolean);
  return sources.length > 0 ? sources.join(' + ') : 'answers';
}

/**
 * Merges the answer sources, lowest first: stored answers of an existing
 * project, a preset, an answers file, the name argument. With --yes the
 * defaults fill the rest; without a terminal nothing may be left to ask.
 * Everything that can be refused without asking is refused here, so the
 * CLI can say so before it loads Yeoman, and a refused run writes nothing.
 */
export function collectAnswers(options: AnswerOptions, cwd: string): Collected {
  const { name, preset, answers, yes, interactive } = options;
  const given: PartialAnswers = {
    ...(preset ? presetAnswers(preset) : {}),
    ...(answers ? answersFile(answers, cwd) : {}),
    ...(name === undefined ? {} : parsePartialAnswers({ name }, '')),
  };

  let collected: Collected = { answers: given };
  // Run inside a generated project without another name: update it in place.
  const storedHere = answersOnDisk(cwd);
  if (storedHere && (given.name === undefined || given.name === storedHere.name)) {
    collected = atTarget(cwd, given);
  } else if (given.name !== undefined) {
    const problem = targetProblem(cwd, given.name, options.force === true);
    if (problem) throw new UsageError(problem);
    collected = atTarget(resolve(cwd, given.name), given);
  }

  if (yes) {
    if (collected.answers.name === undefined)
      throw new UsageError('a project name is required: service-kit <name> --yes');
    collected = { ...collected, answers: { ...answerDefaults, ...collected.answers } };
  }
  const missing = missingAnswers(collected.answers);
  // Answers that do not go together are refused now, before Yeoman runs a task.
  if (missing.length === 0) parseAnswers(collected.answers, sourcesOf(options));
  if (missing.length > 0 && interactive === false) {
    throw new UsageError(
      `cannot ask for ${missing.join(', ')} without a terminal; pass --yes (defaults), --answers <file> or --preset <name>`,
    );
  }
  return collected;
}
