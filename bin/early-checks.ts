import { existsSync, readdirSync } from 'node:fs';
import {
  collectAnswers,
  missingAnswers,
  type AnswerOptions,
} from '../generators/app/collect-answers.js';
import { readyMessage } from '../generators/app/ready-message.js';
import { parseAnswers, withFeature } from '../generators/lib/answers.js';
import { planProject } from '../generators/lib/plan.js';
import { storedAnswers } from '../generators/lib/project-config.js';
import { featureNamed } from '../generators/lib/registry.js';
import { writeNewProject } from '../generators/lib/write-new-project.js';

/**
 * What the CLI does before it would load Yeoman (most of a run's start-up):
 * every refusal that needs no prompt, the same the generators make when run
 * by `yo`, and a new project with every answer given, which is written
 * here: there is nothing to ask and nothing to reconcile. True when the run
 * is done; false when Yeoman has work to do (prompts, an existing project).
 */
export async function appWithoutYeoman(
  options: AnswerOptions & { skipInstall: boolean; writes: boolean },
  cwd: string,
): Promise<boolean> {
  const { answers, target } = collectAnswers(options, cwd);
  if (!options.writes || !target || missingAnswers(answers).length > 0) return false;
  if (existsSync(target) && readdirSync(target).length > 0) return false;
  const plan = planProject(parseAnswers(answers, 'answers'));
  await writeNewProject(plan, target, { skipInstall: options.skipInstall });
  console.log(readyMessage(plan.answers.name, target, !options.skipInstall));
  return true;
}

/** `add` in a folder that is no project, or with answers the feature cannot join. */
export function checkAdd(feature: string, cwd: string): void {
  planProject(withFeature(storedAnswers(cwd), featureNamed(feature)));
}
