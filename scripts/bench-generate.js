// How long the CLI takes, as a user runs it (a fresh node process each
// time), side by side in one run with a bare `node` start-up and with
// cookiecutter rendering a template of as many files as the ops-reports
// preset writes (built here from the committed example). Medians of 5 by
// default; prints each figure and its ratio to its target.
// Usage: npm run bench:generate [-- runs]
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'service-kit.js');
const example = join(root, 'examples', 'ops-reports');
const work = mkdtempSync(join(tmpdir(), 'service-kit-bench-'));

// What running the example leaves beside its rendered files.
const leftByRuns = new Set(['node_modules', 'dist', '.data', 'coverage', 'test-results']);
function filesOf(dir, base = dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (leftByRuns.has(entry) || entry === 'package-lock.json') return [];
    return statSync(path).isDirectory() ? filesOf(path, base) : [relative(base, path)];
  });
}

/** Runs `command` and returns its wall time in ms; a failure ends the bench, naming it. */
function timed(command, args, cwd, expectedStatus = 0) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== expectedStatus)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return elapsed;
}

/** Debian's cookiecutter, installed with apt when this machine lacks it. */
function ensureCookiecutter() {
  if (spawnSync('cookiecutter', ['--version']).status === 0) return;
  const root = process.getuid?.() === 0;
  const apt = (args) =>
    spawnSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], {
      stdio: 'inherit',
    });
  console.log('installing cookiecutter (apt) for the comparison...');
  if (apt(['update']).status !== 0 || apt(['install', '-y', 'cookiecutter']).status !== 0)
    throw new Error('cannot install cookiecutter: run `apt-get install -y cookiecutter` as root');
}

/**
 * A cookiecutter template of the example's files, its name a variable.
 * Files that hold Jinja-like braces of their own (workflows, Nunjucks views)
 * are copied without rendering, as a real template would declare them.
 */
function cookiecutterTemplate() {
  const template = join(work, 'cookiecutter-template');
  const project = join(template, '{{cookiecutter.name}}');
  const verbatim = [];
  for (const file of filesOf(example)) {
    const text = readFileSync(join(example, file), 'utf8');
    mkdirSync(dirname(join(project, file)), { recursive: true });
    if (/\{\{|\{%|\{#/.test(text)) {
      verbatim.push(file);
      cpSync(join(example, file), join(project, file));
    } else
      writeFileSync(join(project, file), text.replaceAll('ops-reports', '{{cookiecutter.name}}'));
  }
  writeFileSync(
    join(template, 'cookiecutter.json'),
    JSON.stringify({ name: 'ops-reports', _copy_without_render: verbatim }),
  );
  return template;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

ensureCookiecutter();
const template = cookiecutterTemplate();
const exampleFiles = filesOf(example).length;

// A project to add a feature to, made once; each run adds to a fresh copy of it.
const base = join(work, 'base');
mkdirSync(base);
timed(process.execPath, [cli, 'svc', '--preset', 'minimal', '--yes', '--skip-install'], base);

const fresh = (name) => {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return dir;
};
const measurements = {
  'node (bare start-up)': () => timed(process.execPath, ['-e', ''], work),
  'ops-reports preset': () =>
    timed(
      process.execPath,
      [cli, 'svc', '--preset', 'ops-reports', '--yes', '--skip-install'],
      fresh('ops'),
    ),
  // Like for like with cookiecutter, which makes no repository.
  'ops-reports, --skip-git': () =>
    timed(
      process.execPath,
      [cli, 'svc', '--preset', 'ops-reports', '--yes', '--skip-install', '--skip-git'],
      fresh('ops-no-git'),
    ),
  'minimal preset': () =>
    timed(
      process.execPath,
      [cli, 'svc', '--preset', 'minimal', '--yes', '--skip-install'],
      fresh('minimal'),
    ),
  [`cookiecutter, ${exampleFiles} files`]: () =>
    timed('cookiecutter', ['--no-input', '-o', fresh('cookiecutter'), template, 'name=svc'], work),
  '--help': () => timed(process.execPath, [cli, '--help'], work),
  'a refused name': () => timed(process.execPath, [cli, 'Bad_Name', '--yes'], work, 1),
  'add auth-api-key': () => {
    const dir = fresh('add');
    cpSync(join(base, 'svc'), dir, { recursive: true });
    return timed(process.execPath, [cli, 'add', 'auth-api-key', '--skip-install'], dir);
  },
  'update, nothing to do': () =>
    timed(process.execPath, [cli, 'update', '--skip-install'], join(base, 'svc')),
};

const times = Object.fromEntries(Object.keys(measurements).map((name) => [name, []]));
// Interleaved, so a busy moment of the machine falls on every measurement alike.
for (let run = 0; run < runs; run += 1)
  for (const [name, measure] of Object.entries(measurements)) times[name].push(measure());
rmSync(work, { recursive: true, force: true });

const medians = Object.fromEntries(
  Object.entries(times).map(([name, list]) => [name, median(list)]),
);
const written = filesOf(join(example));
console.log(
  `service-kit CLI, median of ${runs} runs each (ops-reports writes ${written.length} files)`,
);
for (const [name, value] of Object.entries(medians))
  console.log(`  ${name.padEnd(28)} ${String(Math.round(value)).padStart(5)} ms`);

const cookiecutter = medians[`cookiecutter, ${exampleFiles} files`];
const targets = [
  ['ops-reports / cookiecutter', medians['ops-reports, --skip-git'] / cookiecutter, 1.0, 'x'],
  ['--help', medians['--help'] / 1000, 0.3, ' s'],
  ['a refused name', medians['a refused name'] / 1000, 0.3, ' s'],
  ['add auth-api-key', medians['add auth-api-key'] / 1000, 1.0, ' s'],
  ['update, nothing to do', medians['update, nothing to do'] / 1000, 1.0, ' s'],
];
console.log('targets');
for (const [name, value, target, unit] of targets)
  console.log(
    `  ${name.padEnd(28)} ${value.toFixed(2)}${unit} (target <= ${target.toFixed(1)}${unit}): ${value <= target ? 'met' : 'missed'}`,
  );
