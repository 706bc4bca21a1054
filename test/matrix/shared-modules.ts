import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectSuccess } from '../helpers/run-command.js';

/**
 * One node_modules for every project of a matrix run. The generator takes
 * every version from one map, so the union of the projects' dependencies
 * names each package once; a package two projects pin differently is a bug
 * of that map, and is refused here rather than hidden by hoisting.
 */

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const manifestOf = (project: string) =>
  JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Manifest;

/** Every dependency of the projects with its one version. */
export function unionOf(projects: readonly string[]): Record<string, string> {
  const union = new Map<string, { version: string; project: string }>();
  for (const project of projects) {
    const manifest = manifestOf(project);
    for (const [name, version] of Object.entries({
      ...manifest.dependencies,
      ...manifest.devDependencies,
    })) {
      const seen = union.get(name);
      if (seen && seen.version !== version)
        throw new Error(
          `${name} is ${seen.version} in ${seen.project} but ${version} in ${project}: one version map should give both`,
        );
      union.set(name, { version, project });
    }
  }
  return Object.fromEntries([...union].sort().map(([name, { version }]) => [name, version]));
}

/**
 * Installs the union once into a folder named by its hash, so a second run
 * over the same templates reuses it, and returns that node_modules.
 */
export async function installUnion(union: Record<string, string>): Promise<string> {
  const manifest = JSON.stringify(
    { name: 'service-kit-matrix-modules', private: true, type: 'module', dependencies: union },
    null,
    2,
  );
  const hash = createHash('sha256').update(manifest).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `service-kit-matrix-modules-${hash}`);
  const done = join(dir, 'installed');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), manifest);
    await expectSuccess('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    writeFileSync(done, `${new Date().toISOString()}\n`);
  }
  return join(dir, 'node_modules');
}

/** Gives a project the shared node_modules, as if it had installed its own. */
export function linkModules(project: string, modules: string): void {
  symlinkSync(modules, join(project, 'node_modules'), 'dir');
}
