import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePartialAnswers, type PartialAnswers } from '../lib/answers.js';
import { presetsRoot } from '../lib/package-root.js';
import { UsageError } from '../lib/usage-error.js';
import { quoted } from '../lib/quoted.js';

export type { PartialAnswers } from '../lib/answers.js';

function readJson(file: string, source: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${source}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source}: ${file} is not valid JSON (${(error as Error).message})`);
  }
}

export function availablePresets(): string[] {
  return readdirSync(presetsRoot)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export function presetAnswers(name: string): PartialAnswers {
  const file = join(presetsRoot, `${name}.json`);
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) {
    throw new UsageError(
      `--preset: no preset ${quoted(name)}; available: ${availablePresets().join(', ')}`,
    );
  }
  return parsePartialAnswers(readJson(file, `--preset ${name}`), `--preset ${name}`);
}

export function answersFile(path: string, cwd: string): PartialAnswers {
  return parsePartialAnswers(readJson(resolve(cwd, path), '--answers'), `--answers ${path}`);
}
