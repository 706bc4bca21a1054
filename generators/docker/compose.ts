import { stringify } from 'yaml';
import type { ComposeService, MergedContribution, RunModeRef } from '../lib/contribution.js';

export type Stack = 'dev' | 'prod';

type Merged = Pick<MergedContribution, 'env' | 'runModes' | 'composeServices' | 'dataFolders'>;

/**
 * The host port a container's port is published on: the usual one unless
 * `<NAME>_HOST_PORT` says otherwise, for a machine whose PostgreSQL or Redis
 * holds that port already.
 */
const published = (name: string, port: number) =>
  `\${${name.toUpperCase()}_HOST_PORT:-${port}}:${port}`;

/**
 * A variable listed without a value: the container takes it from whoever
 * starts the stack (the shell, or `.env` beside the file), and goes without
 * it if neither has it. Not `${NAME:-}`, which podman-compose 1.0.3 passes
 * on as those very characters.
 */
const passedOn = null;

/** The named volume that holds a data folder of the embedded engines in the dev stack. */
const dataVolume = (folder: string) => `app-${folder.replace(/[^a-z0-9]+/gi, '')}`;

/** What each run mode's container runs: the dev stack from source, the prod one from the image. */
function appService(stack: Stack, dataFolders: readonly string[], mode?: RunModeRef) {
  const dev = {
    build: { context: '.', dockerfile: 'Dockerfile' },
    // The embedded engines write to volumes the container's user owns, not into the checkout.
    volumes: [
      '.:/app',
      '/app/node_modules',
      ...dataFolders.map((folder) => `${dataVolume(folder)}:/app/${folder}`),
    ],
  };
  const prod = {
    build: { context: '.', dockerfile: 'Dockerfile.prod' },
    restart: 'unless-stopped',
  };
  const base = stack === 'dev' ? dev : prod;
  if (!mode) return { ...base, ports: [published('app', 3000)] };
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
    ports: [published(service.name, service.port)],
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
export function composeFile(name: string, merged: Merged, stack: Stack): string {
  const environment: Record<string, string | null> = Object.fromEntries(
    merged.env.flatMap(({ name, docker }) => (docker ? [[name, docker]] : [])),
  );
  if (stack === 'prod') {
    environment.NODE_ENV = 'production';
    // Secrets are never written here: they come from the shell or the project's `.env`.
    for (const { name, secret, docker } of merged.env)
      if (secret && !docker) environment[name] = passedOn;
  }
  const dataFolders = stack === 'dev' ? merged.dataFolders : [];
  const dependsOn = Object.fromEntries(
    merged.composeServices.map((service) => [service.name, { condition: 'service_healthy' }]),
  );
  const withDeps = merged.composeServices.length > 0 ? { depends_on: dependsOn } : {};
  const services: Record<string, unknown> = {
    app: { ...appService(stack, dataFolders), ...withDeps, environment },
  };
  for (const mode of merged.runModes) {
    const passed = Object.fromEntries(
      (mode.passedThrough ?? []).map((variable) => [variable, passedOn]),
    );
    services[mode.mode.toLowerCase()] = {
      ...appService(stack, dataFolders, mode),
      ...withDeps,
      environment: { ...environment, APP_RUN_MODE: mode.mode, ...passed },
    };
  }
  for (const service of merged.composeServices) services[service.name] = backingService(service);
  const volumes = Object.fromEntries(
    [
      ...dataFolders.map(dataVolume),
      ...merged.composeServices
        .filter((service) => service.volume)
        .map((service) => `${service.name}-data`),
    ].map((volume) => [volume, {}]),
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
    nullStr: '',
    singleQuote: true,
    version: '1.1',
  });
}
