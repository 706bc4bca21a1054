import { AppError } from '../errors.js';
import { taskCall, type TaskCall } from '../tasks/run-task.js';
import type { Task } from '../tasks/task.js';
import { tasks as registry } from '../tasks/task-registry.js';
import { StartupError } from '../startup-error.js';

const EXAMPLE = 'APP_TASK_LIST="db-migrate; train-model epochs=500"';

/** `key=value`: the value as JSON when it is (numbers, booleans), else as text. */
function argumentOf(token: string): [string, unknown] | undefined {
  const equals = token.indexOf('=');
  if (equals < 1) return undefined;
  const value = token.slice(equals + 1);
  try {
    return [token.slice(0, equals), JSON.parse(value)];
  } catch {
    return [token.slice(0, equals), value];
  }
}

function problemOf(error: unknown): string {
  if (!(error instanceof AppError)) throw error;
  const details = Array.isArray(error.details)
    ? (error.details as { field: string; message: string }[])
        .map(({ field, message }) => `${field || 'arguments'}: ${message}`)
        .join(', ')
    : '';
  return details ? `${error.message} (${details})` : error.message;
}

/**
 * Reads APP_TASK_LIST: tasks separated by `;`, each a name and `key=value`
 * arguments. Every entry is checked before any runs, so a typo in the third
 * task does not leave the first two done; all problems are named at once.
 */
export function parseTaskList(
  text: string,
  tasks: Readonly<Record<string, Task>> = registry,
): TaskCall[] {
  const entries = text
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    throw new StartupError(`TASK mode runs APP_TASK_LIST, which is empty; e.g. ${EXAMPLE}`, {
      exitCode: 2,
    });
  }
  const calls: TaskCall[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const [name = '', ...tokens] = entry.split(/\s+/);
    const args = tokens.map(argumentOf);
    const bad = tokens.filter((_token, index) => !args[index]);
    if (bad.length > 0) {
      problems.push(`${name}: ${bad.map((token) => `"${token}"`).join(', ')} is not key=value`);
      continue;
    }
    try {
      calls.push(taskCall(name, Object.fromEntries(args as [string, unknown][]), tasks));
    } catch (error) {
      problems.push(problemOf(error));
    }
  }
  if (problems.length > 0)
    throw new StartupError(`APP_TASK_LIST: ${problems.join('; ')}`, { exitCode: 2 });
  return calls;
}
