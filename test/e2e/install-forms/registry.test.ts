import { join } from 'node:path';
import { startLocalRegistry, type LocalRegistry } from '../../helpers/local-registry.js';
import { expectSuccess } from '../../helpers/run-command.js';
import { expectRuns, installDependencies, MINUTES, packed, type Packed } from './packed.js';

/**
 * The packages as published, from a real registry (verdaccio) on a loopback
 * port: `npm create service-kit@latest` and `npx generator-service-kit@latest`.
 */

describe('from a registry, as published', () => {
  let registry: LocalRegistry;
  let packs: Packed;

  beforeAll(async () => {
    packs = await packed('registry');
    registry = await startLocalRegistry(packs.workDir('registry'));
    await registry.publish(packs.generatorTarball);
    await registry.publish(packs.createTarball);
  }, 5 * MINUTES);
  afterAll(() => registry.stop());

  it(
    'npm create service-kit@latest generates a service that runs',
    async () => {
      const dir = packs.workDir('create');
      // Flags after `--` reach the generator; npm reads those before it.
      const args = ['create', 'service-kit@latest', 'create-svc', '--', '--preset', 'minimal'];
      const output = await expectSuccess('npm', [...args, '--yes', '--skip-install'], dir, {
        ...registry.env,
        npm_config_yes: 'true',
      });
      expect(output).toContain('create-svc is ready');
      const project = join(dir, 'create-svc');
      await installDependencies(project);
      await expectRuns(project);
    },
    10 * MINUTES,
  );

  it(
    'npx generator-service-kit@latest runs the CLI, the package having one bin',
    async () => {
      const output = await expectSuccess(
        'npx',
        ['--yes', 'generator-service-kit@latest', '--help'],
        packs.workDir('npx-latest'),
        registry.env,
      );
      expect(output).toContain('Usage: service-kit <name> [options]');
    },
    5 * MINUTES,
  );
});
