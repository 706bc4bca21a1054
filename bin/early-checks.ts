import {
  collectAnswers,
  missingAnswers,
  type AnswerOptions,
} from '../generators/app/collect-answers.js';
import { readyMessage } from '../generators/app/ready-message.js';
import { parseAnswers } from '../generators/lib/answers.js';
import { planProject } from '../generators/lib/plan.js';
import { writeProject, type WriteProjectOptions } from '../generators/lib/update/write-project.js';

/**
 * What the CLI does before it would load Yeoman (most of a run's start-up):
 * every refusal that needs no prompt, the same the app generator makes when
 * run by `yo`, and every run with nothing left to ask, new project or
 * re-run, which is written here. True when the run is done; false when
 * Yeoman has questions to ask.
 */
export async function appWithoutYeoman(
  options: AnswerOptions & Omit<WriteProjectOptions, 'log'>,
  cwd: string,
): Promise<boolean> {
  const { answers, target } = collectAnswers(options, cwd);
  if (!target || missingAnswers(answers).length > 0) return false;
  const plan = planProject(parseAnswers(answers, 'answers'));
  const { created } = await writeProject(plan, target, {
    ...options,
    log: (line) => console.log(line),
  });
  if (!options.dryRun)
    console.log(readyMessage(plan.answers.name, target, created, !options.skipInstall));
  return true;
}
