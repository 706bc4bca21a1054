import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cli } from './generator-paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Both streams: Yeoman logs its file statuses to stderr. */
  output: string;
}

/** Runs the built `service-kit` bin as a user would, with no terminal on stdin. */
export function runCli(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, output: stdout + stderr }));
  });
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `service-kit-${prefix}-`));

/** Every file under `dir` with its content, to prove a refused run changed nothing. */
export function treeOf(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path);
      else tree[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return tree;
}
