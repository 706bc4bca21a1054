import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stages, type Feature, type FeatureDeclaration } from './feature-declaration.js';
import { packageRoot, templatesRoot } from './package-root.js';
import { templateFilesOf } from './template-files.js';

const thisFile = fileURLToPath(import.meta.url);
/**
 * The feature folders: beside this folder, or in dist/generators when this
 * module runs bundled into the CLI. A folder is a feature when it holds a
 * declaration; no list names them.
 */
const generatorsRoot =
  basename(dirname(thisFile)) === 'lib'
    ? dirname(dirname(thisFile))
    : join(packageRoot, 'dist', 'generators');
const declarationFile = `feature${extname(thisFile)}`;

async function declarations(): Promise<Map<string, FeatureDeclaration>> {
  const names = readdirSync(generatorsRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(generatorsRoot, name, declarationFile)))
    .sort();
  const modules = await Promise.all(
    names.map(
      (name) =>
        import(pathToFileURL(join(generatorsRoot, name, declarationFile)).href) as Promise<{
          default: FeatureDeclaration;
        }>,
    ),
  );
  return new Map(names.map((name, index) => [name, modules[index]!.default]));
}

/** A declaration that names a feature that is not there is a bug: fail at load, naming both. */
function checkReferences(declared: Map<string, FeatureDeclaration>): void {
  for (const [name, declaration] of declared) {
    if (!stages.includes(declaration.stage))
      throw new Error(
        `feature ${name}: stage "${declaration.stage}" is none of ${stages.join(', ')}`,
      );
    for (const other of [...(declaration.after ?? []), ...(declaration.brings ?? [])])
      if (!declared.has(other))
        throw new Error(`feature ${name} names "${other}", which is no feature`);
  }
}

/**
 * Every feature in the one order plans keep: by stage, each after the
 * features it says it follows and those it brings, otherwise by name, so the
 * order never depends on the file system.
 */
function ordered(declared: Map<string, FeatureDeclaration>): string[] {
  const rank = (name: string) => stages.indexOf(declared.get(name)!.stage);
  // A feature also follows what it brings: a chart after the image it deploys.
  const waiting = new Map(
    [...declared].map(([name, declaration]) => [
      name,
      new Set([...(declaration.after ?? []), ...(declaration.brings ?? [])]),
    ]),
  );
  const order: string[] = [];
  while (waiting.size > 0) {
    const ready = [...waiting]
      .filter(([, after]) => after.size === 0)
      .map(([name]) => name)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const next = ready[0];
    if (next === undefined)
      throw new Error(`features follow each other in a circle: ${[...waiting.keys()].join(', ')}`);
    order.push(next);
    waiting.delete(next);
    for (const after of waiting.values()) after.delete(next);
  }
  return order;
}

async function discover(): Promise<Feature[]> {
  const declared = await declarations();
  checkReferences(declared);
  return ordered(declared).map((name) => {
    const declaration = declared.get(name)!;
    const templates = join(templatesRoot, name);
    return {
      ...declaration,
      name,
      contribution: declaration.contribution ?? {},
      files: existsSync(templates) ? templateFilesOf(templates) : [],
    };
  });
}

/** Every feature the generator can plan, in plan order. */
export const registry: readonly Feature[] = await discover();

const byName = new Map(registry.map((feature) => [feature.name, feature]));

export function featureNamed(name: string): Feature {
  const feature = byName.get(name);
  if (!feature) throw new Error(`no feature "${name}"`);
  return feature;
}
