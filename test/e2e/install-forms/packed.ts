import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/generator-paths.js';
import { expectSuccess } from '../../helpers/run-command.js';
import { tempDir } from '../../helpers/run-cli.js';
import { startService } from '../../helpers/start-service.js';
import { installShared, linkModules } from '../../matrix/shared-modules.js';

/**
 * What the install-form suites share (npx and a global install; npm link
 * and yo; npm create and npx from a registry, each in a file of its own so
 * jest runs them side by side): a folder outside the clone and the two
 * packages as they would be published (`npm pack`).
 */

export const MINUTES = 60_000;
export const generateArgs = (name: string) => [name, '--preset', 'minimal', '--yes'];

export interface Packed {
  outside: string;
  generatorTarball: string;
  createTarball: string;
  /** Where a form's global installs go, so the machine's own global packages are left alone. */
  prefixFor: (form: string) => { prefix: string; env: NodeJS.ProcessEnv };
  workDir: (form: string) => string;
}

/** Packs both packages into a new folder outside the clone, once per suite. */
export async function packed(suite: string): Promise<Packed> {
  const outside = tempDir(`install-forms-${suite}`);
  // The user yo drops to must get through it to its own folders.
  chmodSync(outside, 0o755);
  const packs = join(outside, 'packs');
  mkdirSync(packs);
  // `npm test` has just built dist/; packing must not build it again.
  const pack = (dir: string) =>
    expectSuccess('npm', ['pack', '--ignore-scripts', '--pack-destination', packs], dir);
  await pack(repoRoot);
  await pack(join(repoRoot, 'packages', 'create-service-kit'));
  const tarball = (prefix: string) =>
    join(
      packs,
      readdirSync(packs).find((file) => file.startsWith(prefix))!,
    );
  return {
    outside,
    generatorTarball: tarball('generator-'),
    createTarball: tarball('create-'),
    prefixFor: (form) => {
      const prefix = join(outside, `${form}-prefix`);
      return { prefix, env: { npm_config_prefix: prefix } };
    },
    workDir: (form) => {
      const dir = join(outside, form);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
  };
}

/**
 * Dependencies for a project generated with --skip-install: the shared
 * install of the version map. The npx form runs the CLI's own `npm install`,
 * which is all a second real install of the same minimal project would show.
 */
export async function installDependencies(project: string): Promise<void> {
  linkModules(project, await installShared());
}

/** The generated project builds and answers /healthcheck, as production runs it. */
export async function expectRuns(project: string): Promise<void> {
  await expectSuccess('npm', ['run', 'build'], project);
  const service = await startService(project);
  try {
    expect((await fetch(`${service.url}/healthcheck`)).status).toBe(200);
  } finally {
    expect(await service.stop('SIGTERM')).toBe(0);
  }
}

/**
 * `service-kit` from a form's bin folder generates `<form>-svc` (on the
 * shared install, see installDependencies), which builds and answers.
 */
export async function expectBinGeneratesService(bin: string, packs: Packed, form: string) {
  const dir = packs.workDir(form);
  await expectSuccess(
    join(bin, 'service-kit'),
    [...generateArgs(`${form}-svc`), '--skip-install'],
    dir,
  );
  await installDependencies(join(dir, `${form}-svc`));
  await expectRuns(join(dir, `${form}-svc`));
}
