import { stringify } from 'yaml';
import type { ComposeService, MergedContribution, RunModeRef } from '../lib/contribution.js';

export type Stack = 'dev' | 'prod';

/** What each run mode's container runs: the dev stack from source, the prod one from the image. */
function appService(stack: Stack, mode?: RunModeRef) {
  const dev = {
    build: { context: '.', dockerfile: 'Dockerfile' },
    volumes: ['.:/app', '/app/node_modules'],
  };
  const prod = {
    build: { context: '.', dockerfile: 'Dockerfile.prod' },
    restart: 'unless-stopped',
  };
  const base = stack === 'dev' ? dev : prod;
  if (!mode) return { ...base, ports: ['3000:3000'] };
  const watch = mode.container === 'service' ? ['watch'] : [];
  return {
    ...base,
    ...(stack === 'dev' && { command: ['npx', 'tsx', ...watch, 'src/main.ts'] }),
    ...(mode.container !== 'service' && { restart: 'no' }),
    ...(mode.container === 'on-demand' && { profiles: ['on-demand'] }),
    // The image's HEALTHCHECK asks for /healthcheck, which only WEB serves.
    ...(stack === 'prod' && { healthcheck: { disable: true } }),
  };
}

function backingService(service: ComposeService) {
  return {
    image: service.image,
    ...(service.command && { command: service.command }),
    ports: [`${service.port}:${service.port}`],
    ...(service.environment && { environment: service.environment }),
    healthcheck: { test: ['CMD-SHELL', service.healthcheck], interval: '5s', retries: 20 },
    ...(service.volume && { volumes: [`${service.name}-data:${service.volume}`] }),
  };
}

/**
 * A compose file of the stack: the app (WEB), a container per other run
 * mode, and the services the features declare (databases, Redis), with the
 * env contract's in-stack values. Built as data and written as YAML, so it
 * is valid whatever the combination of features.
 */
export function composeFile(
  name: string,
  merged: Pick<MergedContribution, 'env' | 'runModes' | 'composeServices'>,
  stack: Stack,
): string {
  const environment: Record<string, string> = Object.fromEntries(
    merged.env.flatMap(({ name, docker }) => (docker ? [[name, docker]] : [])),
  );
  if (stack === 'prod') environment.NODE_ENV = 'production';
  const dependsOn = Object.fromEntries(
    merged.composeServices.map((service) => [service.name, { condition: 'service_healthy' }]),
  );
  const withDeps = merged.composeServices.length > 0 ? { depends_on: dependsOn } : {};
  const services: Record<string, unknown> = {
    app: { ...appService(stack), ...withDeps, environment },
  };
  for (const mode of merged.runModes) {
    const passed = Object.fromEntries(
      (mode.passedThrough ?? []).map((variable) => [variable, `\${${variable}:-}`]),
    );
    services[mode.mode.toLowerCase()] = {
      ...appService(stack, mode),
      ...withDeps,
      environment: { ...environment, APP_RUN_MODE: mode.mode, ...passed },
    };
  }
  for (const service of merged.composeServices) services[service.name] = backingService(service);
  const volumes = Object.fromEntries(
    merged.composeServices
      .filter((service) => service.volume)
      .map((service) => [`${service.name}-data`, {}]),
  );
  const file = {
    name: stack === 'dev' ? name : `${name}-prod`,
    services,
    ...(Object.keys(volumes).length > 0 && { volumes }),
  };
  // YAML 1.1 quotes what older parsers would read as booleans, such as restart: "no".
  return stringify(file, {
    aliasDuplicateObjects: false,
    lineWidth: 100,
    singleQuote: true,
    version: '1.1',
  });
}
