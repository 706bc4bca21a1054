import type Generator from 'yeoman-generator';
import { parseAnswers } from './answers.js';
import { planProject, type Plan } from './plan.js';
import { UsageError } from './usage-error.js';

/**
 * The plan of the project at the generator's destination, read from its
 * `.yo-rc.json`. The app generator stores the answers there before any
 * feature runs, and a feature added later finds them there too.
 */
export function readPlan(generator: Generator): Plan {
  const stored = generator.config.getAll();
  if (Object.keys(stored).length === 0) {
    throw new UsageError(
      `${generator.destinationRoot()} is not a service-kit project (no .yo-rc.json answers); create one with \`service-kit <name>\` first`,
    );
  }
  return planProject(parseAnswers(stored, '.yo-rc.json'));
}
