import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The generator package's root, found by walking up from this module. It is
 * the same whether this file runs from `generators/` (tests) or from
 * `dist/generators/` (the published package), so templates and presets
 * resolve alike in both.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    const name = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name
      : undefined;
    if (name === 'generator-service-kit') {
      return dir;
    }
    if (dirname(dir) === dir)
      throw new Error(`generator-service-kit's package.json is not above ${start}`);
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

export const templatesRoot = join(packageRoot, 'templates');
export const presetsRoot = join(packageRoot, 'presets');

/** The version of this generator, recorded in each project it writes. */
export const generatorVersion = (
  JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version;
