import { lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { answersOnDisk } from '../lib/project-config.js';

/**
 * Why the project cannot be written to `dir`, if it cannot. A directory
 * holding anything but a service-kit project is refused unless forced;
 * re-running in a project of ours is an update, where the conflicter shows
 * each changed file.
 */
export function targetDirectoryProblem(dir: string, force: boolean): string | undefined {
  const entry = lstatSync(dir, { throwIfNoEntry: false });
  if (!entry) return undefined;
  // A link would carry the project, and later updates, to wherever it points.
  if (entry.isSymbolicLink())
    return `${dir} is a symbolic link (to ${readlinkSync(dir)}); give the name of a real directory, or of none`;
  if (!statSync(dir).isDirectory()) return `${dir} exists and is not a directory`;
  if (force || answersOnDisk(dir)) return undefined;
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  const examples = entries.slice(0, 3).join(', ');
  return `${dir} is not empty (${entries.length} entries, e.g. ${examples}); choose another name or pass --force to write into it`;
}
