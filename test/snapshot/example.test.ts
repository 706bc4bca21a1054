import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { repoRoot } from '../helpers/generator-paths.js';
import { runCli, tempDir, treeOf } from '../helpers/run-cli.js';

// What running the example (npm install, dev, tests) leaves beside the rendered files.
const leftByRuns = /^(node_modules|dist|\.data|coverage|test-results)\/|^package-lock\.json$/;
// The record of what was generated repeats every file, so the example leaves it out.
const record = /^\.service-kit\//;

const renderedFiles = (dir: string) =>
  Object.fromEntries(
    Object.entries(treeOf(dir)).filter(([file]) => !leftByRuns.test(file) && !record.test(file)),
  );

describe('examples/ops-reports', () => {
  it('is exactly what the generator renders for the ops-reports preset (npm run example:update)', async () => {
    const dir = tempDir('example');
    const result = await runCli(
      ['ops-reports', '--preset', 'ops-reports', '--yes', '--skip-install'],
      dir,
    );
    expect(result.code).toBe(0);
    const rendered = renderedFiles(join(dir, 'ops-reports'));
    const committed = renderedFiles(join(repoRoot, 'examples', 'ops-reports'));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(rendered).sort());
    const changed = Object.keys(rendered).filter((file) => rendered[file] !== committed[file]);
    expect(changed).toEqual([]);
  });
});

/**
 * Which folders of `src/` import which: the files at the root (deps,
 * plugins, config, startup, the table list) assemble the features and may
 * import anything; a folder importing one that imports it back is a
 * layering mistake.
 */
function folderImports(src: string): Map<string, Set<string>> {
  const folderOf = (file: string) => {
    const [first, ...rest] = relative(src, file).split(sep);
    return rest.length > 0 ? first : undefined;
  };
  const imports = new Map<string, Set<string>>();
  for (const file of Object.keys(treeOf(src)).map((path) => join(src, path))) {
    const from = folderOf(file);
    if (!from || !file.endsWith('.ts')) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = folderOf(resolve(dirname(file), specifier!));
      if (to && to !== from) imports.set(from, (imports.get(from) ?? new Set()).add(to));
    }
  }
  return imports;
}

it('examples/ops-reports has no import circle between the folders of src/', () => {
  const imports = folderImports(join(repoRoot, 'examples', 'ops-reports', 'src'));
  const circles: string[] = [];
  const visit = (folder: string, path: string[]) => {
    if (path.includes(folder)) {
      circles.push([...path.slice(path.indexOf(folder)), folder].join(' -> '));
      return;
    }
    for (const next of imports.get(folder) ?? []) visit(next, [...path, folder]);
  };
  for (const folder of imports.keys()) visit(folder, []);
  expect(circles).toEqual([]);
  // What the reports component is built on, and what is built on it.
  expect([...(imports.get('reports') ?? [])].sort()).toEqual([
    'auth',
    'db',
    'http',
    'openapi',
    'pages',
  ]);
  expect(imports.get('auth')?.has('reports') ?? false).toBe(false);
  expect(imports.get('db')?.has('reports') ?? false).toBe(false);
});

it('the README of examples/ops-reports maps every folder, the reports component first', () => {
  const example = join(repoRoot, 'examples', 'ops-reports');
  const readme = readFileSync(join(example, 'README.md'), 'utf8');
  const map = /## Layout\n\n```\n([\s\S]*?)\n```\n/.exec(readme)?.[1] ?? '';
  const mapped = map.split('\n').map((line) => line.split(/\s{2,}/)[0]!);
  const folders = new Set(
    Object.keys(renderedFiles(example))
      .filter((file) => file.includes('/'))
      .map((file) => `${dirname(file)}/`)
      // The files at the root of src/ assemble the features; the map names the main ones.
      .filter((folder) => folder !== 'src/'),
  );
  const unmapped = [...folders].filter((folder) => !mapped.some((path) => folder.startsWith(path)));
  expect(unmapped).toEqual([]);
  expect(mapped[0]).toBe('src/reports/');
});
