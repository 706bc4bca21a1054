import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { projectFiles } from './project-files.js';

/**
 * What a per-project install would catch and a shared node_modules hides:
 * a package imported but not declared. And what no install catches: a
 * production dependency nothing in `src/` imports. Both read the project's
 * own files against its own package.json.
 */

const code = /\.(ts|js|mjs|cjs)$/;
/**
 * `import … from 'x'`, `import 'x'`, `export … from 'x'`, `import('x')`,
 * `require('x')`, and the `require.resolve('x')` of a package read as files.
 */
const specifiers =
  /(?:^|[\s;])(?:(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?|import\(|require\()\s*['"]([^'"]+)['"]|(?:require|import\.meta|createRequire\([^)]*\))\.resolve\(\s*['"]([^'"]+)['"]/g;

/** The package a bare specifier names, or undefined for a relative path, alias or builtin. */
function packageOf(specifier: string): string | undefined {
  if (/^[./#]/.test(specifier) || specifier.startsWith('node:')) return undefined;
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return builtinModules.includes(name) ? undefined : name;
}

interface Use {
  file: string;
  name: string;
  typeOnly: boolean;
}

function usesIn(project: string): Use[] {
  const uses: Use[] = [];
  for (const file of projectFiles(project, (name) => code.test(name)))
    for (const match of readFileSync(join(project, file), 'utf8').matchAll(specifiers)) {
      const name = packageOf(match[3] ?? match[4]!);
      if (name) uses.push({ file, name, typeOnly: match[2] !== undefined });
    }
  return uses;
}

/** Each problem in one line, naming the file and the package; none when the manifest is honest. */
export function dependencyProblems(project: string): string[] {
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const production = new Set(Object.keys(manifest.dependencies ?? {}));
  const declared = new Set([...production, ...Object.keys(manifest.devDependencies ?? {})]);
  const hasTypes = (name: string) =>
    declared.has(`@types/${name.replace('@', '').replace('/', '__')}`);
  const uses = usesIn(project);
  const problems = uses.flatMap(({ file, name, typeOnly }) => {
    if (!declared.has(name) && !(typeOnly && hasTypes(name)))
      return [`${file} imports ${name}, which package.json does not declare`];
    if (file.startsWith('src/') && !typeOnly && !production.has(name))
      return [`${file} imports ${name} at run time, but it is only a devDependency`];
    return [];
  });
  const importedBySource = new Set(
    uses.filter((use) => use.file.startsWith('src/') && !use.typeOnly).map((use) => use.name),
  );
  for (const name of production)
    if (!importedBySource.has(name))
      problems.push(`dependency ${name} is imported by nothing in src/`);
  return [...new Set(problems)];
}
