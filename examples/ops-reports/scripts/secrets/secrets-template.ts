/** Values by environment, then by placeholder name, as secret--template-values.env holds them. */
export type ValuesByEnvironment = Record<string, Record<string, string>>;

/** A placeholder an environment has no value for. */
export interface MissingValue {
  environment: string;
  name: string;
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
    if (value !== undefined) return value;
    if (!missing.some((entry) => entry.name === name)) missing.push({ environment, name });
    return placeholder;
  });
  return { text, missing };
}
