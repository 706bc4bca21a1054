import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { StartupError } from '../startup-error.js';

/** The environment does not satisfy the contract; the message names every problem. */
export class ConfigError extends StartupError {
  override name = 'ConfigError';
}

export type EnvContract = Record<string, z.ZodType>;
export type ConfigOf<C extends EnvContract> = Readonly<z.infer<z.ZodObject<C>>>;
type RawEnv = Record<string, string | undefined>;

/**
 * `X_FILE` names a file whose content is the value of `X`: the way Docker
 * and Kubernetes hand secrets to a process without putting them in its
 * environment. One trailing newline is stripped; an unreadable or empty
 * file is an error, never a silent fallback to `X`.
 */
function resolveValues(contract: EnvContract, env: RawEnv) {
  const values: RawEnv = {};
  const problems = new Map<string, string>();
  for (const name of Object.keys(contract)) {
    const file = env[`${name}_FILE`];
    if (!file) {
      // An empty assignment (`PORT=` in a .env file) means "use the default", not "the empty string".
      values[name] = env[name] === '' ? undefined : env[name];
      continue;
    }
    try {
      const value = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      if (value === '') problems.set(name, `${name}_FILE: ${file} is empty`);
      else values[name] = value;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      problems.set(name, `${name}_FILE: cannot read ${file} (${reason})`);
    }
  }
  return { values, problems };
}

/**
 * Validates the environment against the contract and returns a frozen,
 * typed config. All problems are reported at once, each with what the
 * variable expects; values are never echoed, since some are secrets.
 */
export function readEnv<C extends EnvContract>(contract: C, env: RawEnv): ConfigOf<C> {
  const { values, problems } = resolveValues(contract, env);
  const result = z.object(contract).safeParse(values);
  if (result.success && problems.size === 0) return Object.freeze(result.data);

  for (const issue of result.error?.issues ?? []) {
    const name = String(issue.path[0]);
    if (problems.has(name)) continue;
    const state = values[name] === undefined ? 'missing' : 'invalid';
    problems.set(name, `${name}: ${state}, expected ${contract[name]?.description}`);
  }
  throw new ConfigError(`Invalid configuration:\n  ${[...problems.values()].join('\n  ')}`);
}
