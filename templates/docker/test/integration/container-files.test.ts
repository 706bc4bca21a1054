import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { parse } from 'yaml';
import { envContract } from '../../src/config.js';
import { runModes } from '../../src/modes/run-modes.js';

// There may be no Docker engine where these tests run: the files are checked
// by parsing them, for what a build or `docker compose up` would trip over
// late, or never (a secret in a layer, a container running as root).
const read = (file: string) => readFileSync(file, 'utf8');
const contract = new Set(Object.keys(envContract));
const otherModes = Object.keys(runModes).filter((mode) => mode !== 'WEB');

describe.each(['Dockerfile', 'Dockerfile.prod'])('%s', (file) => {
  const dockerfile = DockerfileParser.parse(read(file));
  const instructions = dockerfile.getInstructions();
  const lastFrom = instructions.map((line) => line.getKeyword()).lastIndexOf('FROM');

  it('pins every base image to a version', () => {
    for (const from of dockerfile.getFROMs()) {
      expect(from.getImageTag()).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it('runs as a user other than root', () => {
    const users = instructions.slice(lastFrom).filter((line) => line.getKeyword() === 'USER');
    expect(users.at(-1)?.getArgumentsContent()).toBe('node');
  });

  it('copies no secrets into a layer', () => {
    const copies = instructions.filter((line) => ['COPY', 'ADD'].includes(line.getKeyword()));
    for (const copy of copies) {
      expect(copy.getArgumentsContent()).not.toMatch(/(^|[\s/])(\.env|secrets)/);
    }
  });
});

describe('Dockerfile.prod', () => {
  const text = read('Dockerfile.prod');

  it('installs only the runtime dependencies in the final stage', () => {
    expect(text.slice(text.lastIndexOf('FROM '))).toContain('npm ci --omit=dev');
  });

  it('checks /healthcheck and starts through the entrypoint', () => {
    expect(text).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD [^\n]*\/healthcheck/);
    expect(text).toContain('ENTRYPOINT ["scripts/entrypoint.sh"]');
  });
});

it('.dockerignore keeps local data, secrets and dependencies out of the build', () => {
  const ignored = read('.dockerignore').split('\n');
  for (const entry of ['node_modules', '.data', '.env', '.env.*', 'secrets']) {
    expect(ignored).toContain(entry);
  }
});

interface ComposeService {
  image?: string;
  /** A variable without a value is passed on from whoever starts the stack. */
  environment?: Record<string, string | null>;
  depends_on?: Record<string, unknown>;
}

describe.each(['docker-compose.yml', 'docker-compose.prod.yml'])('%s', (file) => {
  const { services } = parse(read(file)) as { services: Record<string, ComposeService> };
  const appServices = ['app', ...otherModes.map((mode) => mode.toLowerCase())];

  it('runs the app and a container per other run mode', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(appServices));
    for (const mode of otherModes) {
      expect(services[mode.toLowerCase()]?.environment?.APP_RUN_MODE).toBe(mode);
    }
  });

  it('sets only variables of the env contract', () => {
    for (const name of appServices) {
      for (const variable of Object.keys(services[name]?.environment ?? {})) {
        expect(contract).toContain(variable);
      }
    }
  });

  it('runs every service the app’s URLs point at, on a pinned image', () => {
    const urls = Object.values(services.app?.environment ?? {}).filter(
      (value): value is string => typeof value === 'string' && /^\w+:\/\//.test(value),
    );
    for (const url of urls) expect(Object.keys(services)).toContain(new URL(url).hostname);
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect(Object.keys(services)).toContain(dependency);
      }
      if (service.image)
        expect({ name, image: service.image }).toEqual({
          name,
          image: expect.stringMatching(/:\d/) as unknown,
        });
    }
  });
});

it('Makefile has the routine targets, and prod lints first', () => {
  const makefile = read('Makefile');
  for (const target of ['local', 'dev', 'prod', 'stop', 'lint', 'format', 'test']) {
    expect(makefile).toMatch(new RegExp(`^${target}:`, 'm'));
  }
  expect(makefile).toMatch(/^prod: lint /m);
});
