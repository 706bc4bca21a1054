import type { EnvVariable } from '../lib/contribution.js';

/** The environments a new project compiles secrets for. */
export const secretEnvironments = ['local', 'docker', 'develop', 'staging', 'prod'] as const;
type Environment = (typeof secretEnvironments)[number];

/** A variable's starting value in one environment; secrets start empty, for the team to fill in. */
function valueIn(variable: EnvVariable, environment: Environment): string {
  if (environment === 'local') return variable.secret ? '' : variable.example;
  if (environment === 'docker') return variable.docker ?? (variable.secret ? '' : variable.example);
  return variable.deployed ?? (variable.secret ? '' : variable.example);
}

/**
 * The starting secret--template-values.env: every variable of the env
 * contract in every environment, so `npm run secrets -- --all` works the day
 * the project is generated.
 */
export function secretValues(
  env: readonly EnvVariable[],
): Record<Environment, Record<string, string>> {
  return Object.fromEntries(
    secretEnvironments.map((environment) => [
      environment,
      Object.fromEntries(env.map((variable) => [variable.name, valueIn(variable, environment)])),
    ]),
  ) as Record<Environment, Record<string, string>>;
}
