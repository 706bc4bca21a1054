import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  const lines = missing.map(({ environment, name }) => `  ${environment}: ${name}`);
  fail(`no value in ${VALUES} for:\n${lines.join('\n')}\nnothing was written`);
}
// Each file is written beside its final name and renamed over it, readable by its owner alone.
for (const { environment, text } of rendered) {
  const target = join(process.cwd(), `.env.${environment}`);
  writeFileSync(`${target}.tmp`, text, { mode: 0o600 });
  chmodSync(`${target}.tmp`, 0o600);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote .env.${environment}`);
}
