// Builds what the package ships: the TypeScript build in dist/, the
// sub-generators `yo service-kit:<feature>` looks up by folder (derived from
// the feature registry, so no feature writes one), and the CLI bundled into
// dist/cli/ with the parts of Yeoman it never uses left out.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

const { registry } = await import(`${root}dist/generators/lib/registry.js`);
for (const feature of registry.filter((declared) => declared.choice)) {
  writeFileSync(
    `${root}dist/generators/${feature.name}/index.js`,
    `import { featureGenerator } from '../lib/feature-generator.js';\n\n` +
      `/** \`yo service-kit:${feature.name}\`: ${feature.summary}. */\n` +
      `export default featureGenerator('${feature.name}');\n`,
  );
}

/**
 * Yeoman reads its package.json files beside its own modules at load time;
 * bundled, they are not there, so their contents are written in. A Yeoman
 * release that changes one of these lines fails the build here rather than the CLI.
 */
const packageJsonReads = [
  {
    file: 'yeoman-environment/dist/module-lookup.js',
    read: "JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json')).toString())",
    pkg: 'yeoman-environment/package.json',
  },
  {
    file: 'yeoman-environment/dist/environment-base.js',
    read: "require('../package.json')",
    pkg: 'yeoman-environment/package.json',
  },
  {
    file: 'yeoman-generator/dist/generator.js',
    read: "JSON.parse(readFileSync(pathJoin(_dirname, '../package.json'), 'utf8'))",
    pkg: 'yeoman-generator/package.json',
  },
];

const yeomanForTheBundle = {
  name: 'yeoman-for-the-bundle',
  setup(build) {
    // fly-import installs generators from npm (arborist, pacote, sigstore): half the start-up, never used here.
    build.onResolve({ filter: /^fly-import$/ }, () => ({ path: 'fly-import', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'const refuse = () => { throw new Error("service-kit does not install generators"); };\n' +
        'export class FlyRepository {}\nexport const flyImport = refuse;\n',
    }));
    for (const { file, read, pkg } of packageJsonReads) {
      const path = `${root}node_modules/${file}`;
      build.onLoad(
        { filter: new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) },
        () => {
          const source = readFileSync(path, 'utf8');
          if (!source.includes(read))
            throw new Error(`${file} no longer reads its package.json as expected`);
          const manifest = readFileSync(`${root}node_modules/${pkg}`, 'utf8');
          return { contents: source.replace(read, `(${manifest})`), loader: 'js' };
        },
      );
    }
  },
};

await esbuild.build({
  entryPoints: [`${root}dist/bin/service-kit.js`],
  outdir: `${root}dist/cli`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS modules call require(); give them node's.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  // Prettier loads its parsers by path, and only when a template needs formatting.
  external: ['prettier'],
  plugins: [yeomanForTheBundle],
  logLevel: 'warning',
});
