/** Values by environment, then by placeholder name, as secret--template-values.env holds them. */
export type ValuesByEnvironment = Record<string, Record<string, string>>;

/** A placeholder an environment has no value for, or a value no .env line can hold. */
export interface MissingValue {
  environment: string;
  name: string;
  /** Why the value cannot be written; absent when there is no value. */
  unwritable?: string;
}

// Nothing in it means anything to a .env reader: written bare, so docker's and
// kubectl's --env-file, which take a line as it stands, read it alike.
const BARE = /^[^\s'"`#\\]*$/;

/**
 * A value as the right-hand side of a .env line that node --env-file and
 * dotenv read back exactly: bare when it can be, else inside the first kind
 * of quotes it does not hold, where both readers take everything as it is,
 * new lines included. (In double quotes they turn \n into a new line and
 * know no escape for a quote, so those are never used.)
 */
export function envValue(value: string): string | { unwritable: string } {
  if (BARE.test(value)) return value;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('`')) return `\`${value}\``;
  return { unwritable: "holds both ' and `, which no .env line can quote" };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;
// `{{#if-env develop staging}}` ... `{{/if-env}}` on lines of their own.
const CONDITIONAL = /^\{\{#if-env((?:\s+[\w-]+)+)\s*\}\}\r?\n([\s\S]*?)^\{\{\/if-env\}\}\r?\n?/gm;

/**
 * Reads the values file: JSON of environment -> name -> string. Anything
 * else is refused with where it is wrong; the values are never quoted back.
 */
export function parseValues(text: string, file: string): ValuesByEnvironment {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} must be a JSON object keyed by environment`);
  }
  for (const [environment, values] of Object.entries(parsed)) {
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw new Error(`${file}: "${environment}" must be an object of name: value`);
    }
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      if (typeof value !== 'string') {
        throw new Error(`${file}: ${environment}.${name} must be a string`);
      }
    }
  }
  return parsed as ValuesByEnvironment;
}

/**
 * Renders the template for one environment: conditional blocks kept or
 * dropped, then every placeholder replaced. Placeholders without a value are
 * returned, not rendered, so the caller can refuse to write anything.
 */
export function renderFor(
  template: string,
  environment: string,
  values: Readonly<Record<string, string>>,
): { text: string; missing: MissingValue[] } {
  const kept = template.replace(CONDITIONAL, (_block, environments: string, body: string) =>
    environments.trim().split(/\s+/).includes(environment) ? body : '',
  );
  const missing: MissingValue[] = [];
  const text = kept.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    const written = value === undefined ? undefined : envValue(value);
    if (typeof written === 'string') return written;
    if (!missing.some((entry) => entry.name === name))
      missing.push({ environment, name, ...written });
    return placeholder;
  });
  return { text, missing };
}
