import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../lib/usage-error.js';

const CONFIG_KEY = 'generator-service-kit';

/** The answers a previous run stored in `dir/.yo-rc.json`, if it is a service-kit project. */
export function storedAnswers(dir: string): Record<string, unknown> | undefined {
  const file = join(dir, '.yo-rc.json');
  if (!existsSync(file)) return undefined;
  try {
    const stored = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)[CONFIG_KEY];
    return typeof stored === 'object' && stored !== null
      ? (stored as Record<string, unknown>)
      : undefined;
  } catch {
    throw new UsageError(`${file} is not valid JSON; fix or remove it`);
  }
}

/**
 * Why the project cannot be written to `dir`, if it cannot. A directory
 * holding anything but a service-kit project is refused unless forced;
 * re-running in a project of ours is an update, where the conflicter shows
 * each changed file.
 */
export function targetDirectoryProblem(dir: string, force: boolean): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return `${dir} exists and is not a directory`;
  if (force || storedAnswers(dir)) return undefined;
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  const examples = entries.slice(0, 3).join(', ');
  return `${dir} is not empty (${entries.length} entries, e.g. ${examples}); choose another name or pass --force to write into it`;
}
