import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cli } from './generator-paths.js';
import { runCommand } from './run-command.js';

/** Runs the built `service-kit` bin as a user would, with no terminal on stdin. */
export const runCli = (args: string[], cwd: string) =>
  runCommand(process.execPath, [cli, ...args], cwd);

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `service-kit-${prefix}-`));

/** Every file under `dir` but git's own, with its content, to prove a refused run changed nothing. */
export function treeOf(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current).filter((name) => name !== '.git')) {
      const path = join(current, entry);
      // A link is shown, not followed: where it points may be outside, or nowhere.
      if (lstatSync(path).isSymbolicLink()) tree[relative(dir, path)] = `-> ${readlinkSync(path)}`;
      else if (statSync(path).isDirectory()) walk(path);
      else tree[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return tree;
}
