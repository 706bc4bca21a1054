import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersAddedLater, parseAnswers, type Answers } from './answers.js';
import { UsageError } from './usage-error.js';

const CONFIG_KEY = 'generator-service-kit';

/** `.yo-rc.json` of a project generated from `answers`, as Yeoman writes it. */
export function storedConfigOf(answers: Answers): string {
  return `${JSON.stringify({ [CONFIG_KEY]: answers }, null, 2)}\n`;
}

/**
 * The answers a previous run stored in `dir/.yo-rc.json`, read from disk
 * (not from this run's in-memory copy), if `dir` is a service-kit project.
 */
export function answersOnDisk(dir: string): Record<string, unknown> | undefined {
  const file = join(dir, '.yo-rc.json');
  if (!existsSync(file)) return undefined;
  try {
    const stored = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)[CONFIG_KEY];
    return typeof stored === 'object' && stored !== null
      ? { ...answersAddedLater, ...(stored as Record<string, unknown>) }
      : undefined;
  } catch {
    throw new UsageError(`${file} is not valid JSON; fix or remove it`);
  }
}

/**
 * The answers of the project at the generator's destination, from its
 * `.yo-rc.json`, where every run stores the answers it generated from.
 */
export function storedAnswers(dir: string): Answers {
  const stored = answersOnDisk(dir);
  if (!stored) {
    throw new UsageError(
      `${dir} is not a service-kit project (no .yo-rc.json answers); create one with \`service-kit <name>\` first`,
    );
  }
  return parseAnswers(stored, '.yo-rc.json');
}
