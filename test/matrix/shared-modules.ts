import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dependencyVersions } from '../../generators/lib/dependency-versions.js';
import { MINUTES } from '../helpers/process-group.js';
import { expectSuccess } from '../helpers/run-command.js';

/**
 * One node_modules for every project the matrix, the every-feature-alone
 * tier and the change loop generate: the generator's whole version map,
 * installed once into a folder named by its hash, so every tier and every
 * later run over the same versions reuses it. A project that names a
 * package or a version outside the map is refused rather than hidden.
 */

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const manifestOf = (project: string) =>
  JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Manifest;

/** What the project declares that the shared install does not hold as declared. */
export function outsideTheMap(project: string): string[] {
  const manifest = manifestOf(project);
  const versions: Readonly<Record<string, string>> = dependencyVersions;
  return Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
    .filter(([name, version]) => versions[name] !== version)
    .map(
      ([name, version]) =>
        `${name}@${version} is not in the version map (${versions[name] ?? 'absent'} there)`,
    );
}

/** Installs the version map once per version set and returns its node_modules. */
export async function installShared(): Promise<string> {
  const manifest = JSON.stringify(
    {
      name: 'service-kit-shared-modules',
      private: true,
      type: 'module',
      dependencies: dependencyVersions,
    },
    null,
    2,
  );
  const hash = createHash('sha256').update(manifest).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `service-kit-shared-modules-${hash}`);
  if (!existsSync(join(dir, 'installed'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), manifest);
    // Under a lock: the matrix, the alone tier and the e2e ask at once on a fresh machine, and
    // two installs into one folder fail (ENOTEMPTY); whoever comes second finds it installed.
    await expectSuccess(
      'flock',
      [
        join(dir, 'install.lock'),
        'sh',
        '-c',
        'test -f installed || { npm install --prefer-offline --no-audit --no-fund && date -u > installed; }',
      ],
      dir,
      {},
      { name: 'the shared install', deadlineMs: 10 * MINUTES },
    );
  }
  return join(dir, 'node_modules');
}

/** Gives a project the shared node_modules, as if it had installed its own. */
export function linkModules(project: string, modules: string): void {
  const outside = outsideTheMap(project);
  if (outside.length > 0) throw new Error(`${project}:\n${outside.join('\n')}`);
  symlinkSync(modules, join(project, 'node_modules'), 'dir');
}
