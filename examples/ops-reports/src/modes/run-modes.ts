import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import { runWeb } from './web.js';
import { runTaskMode } from './task.js';

/** What every run mode starts from: the validated config and the logger. */
export interface ModeStart {
  config: Config;
  logger: Logger;
}

export type RunMode = (start: ModeStart) => Promise<void>;

/** The entry of each APP_RUN_MODE. */
export const runModes: Readonly<Record<string, RunMode>> = {
  WEB: runWeb,
  TASK: runTaskMode,
};

/** The entry of a mode, in any case; an unknown one is refused with exit code 2. */
export function runModeOf(name: string): RunMode {
  const mode = name.toUpperCase();
  if (Object.hasOwn(runModes, mode)) return runModes[mode] as RunMode;
  const valid = Object.keys(runModes).join(', ');
  throw new StartupError(`unknown APP_RUN_MODE "${name}"; valid: ${valid}`, { exitCode: 2 });
}
