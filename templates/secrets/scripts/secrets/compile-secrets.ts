import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseValues, renderFor, type MissingValue } from './secrets-template.js';

// `npm run secrets -- <environment>` or `-- --all`: compiles
// secrets/secret--template.env with the values of one environment (or of
// each) into .env.<environment>. Strict: a placeholder without a value, or
// an unknown environment, fails the whole run and writes nothing. Values are
// never printed: they are secrets.
const TEMPLATE = 'secrets/secret--template.env';
const VALUES = 'secrets/secret--template-values.env';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const usage = 'usage: npm run secrets -- <environment>... | --all';
let parsed;
try {
  parsed = parseArgs({ options: { all: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
const { values: options, positionals } = parsed;
for (const file of [TEMPLATE, VALUES]) {
  if (!existsSync(file)) fail(`${file} is missing; it holds what the .env files are compiled from`);
}
const template = readFileSync(TEMPLATE, 'utf8');
let values;
try {
  values = parseValues(readFileSync(VALUES, 'utf8'), VALUES);
} catch (error) {
  fail((error as Error).message);
}
const known = Object.keys(values);
const wanted = options.all ? known : positionals;
if (wanted.length === 0) fail(`${usage}; environments: ${known.join(', ')}`, 2);
const unknown = wanted.filter((environment) => !known.includes(environment));
if (unknown.length > 0) {
  fail(`unknown environment ${unknown.join(', ')}; valid: ${known.join(', ')}`, 2);
}

const rendered = wanted.map((environment) => ({
  environment,
  ...renderFor(template, environment, values[environment] ?? {}),
}));
const missing: MissingValue[] = rendered.flatMap((output) => output.missing);
if (missing.length > 0) {
  const lines = missing.map(
    ({ environment, name, unwritable }) =>
      `  ${environment}: ${name}${unwritable ? ` (${unwritable})` : ''}`,
  );
  fail(`no value to write from ${VALUES} for:\n${lines.join('\n')}\nnothing was written`);
}
// Each file is written beside its final name and renamed over it, readable by
// its owner alone. The temporary name is new each run and is created, never
// opened: a file or link planted under it cannot redirect the secrets.
const { O_CREAT, O_EXCL, O_NOFOLLOW, O_WRONLY } = constants;
for (const { environment, text } of rendered) {
  const target = join(process.cwd(), `.env.${environment}`);
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
  try {
    writeFileSync(fd, text);
    fchmodSync(fd, 0o600);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, target);
  console.log(`wrote .env.${environment}`);
}
