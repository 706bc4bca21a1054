import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { envContract } from '../../src/config.js';
import { runModes } from '../../src/modes/run-modes.js';

// There is no cluster (nor helm) where these tests run: the chart is checked
// by reading it, for what `helm upgrade` would only find out on the day.
const chart = 'deploy/chart';
const values = parse(readFileSync(join(chart, 'values.yaml'), 'utf8')) as Record<string, unknown>;
const templates = readdirSync(join(chart, 'templates')).map((file) =>
  readFileSync(join(chart, 'templates', file), 'utf8'),
);
const contract = new Set(Object.keys(envContract));

/** The value at a dotted path of values.yaml, if there is one. */
function valueAt(path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
}

describe('the Helm chart', () => {
  it('names itself after the project', () => {
    const meta = parse(readFileSync(join(chart, 'Chart.yaml'), 'utf8')) as { name: string };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
    expect(meta.name).toBe(pkg.name);
  });

  it('references only values that values.yaml defines', () => {
    const references = templates.flatMap((text) => [...text.matchAll(/\.Values\.([\w.]+)/g)]);
    expect(references.length).toBeGreaterThan(0);
    for (const [, path = ''] of references)
      expect({ path, defined: valueAt(path) !== undefined }).toEqual({ path, defined: true });
  });

  it('sets only variables of the env contract', () => {
    for (const name of Object.keys(values.env as object)) expect(contract).toContain(name);
    const named = templates.flatMap((text) => [...text.matchAll(/- name: ([A-Z][A-Z0-9_]+)/g)]);
    for (const [, name] of named) expect(contract).toContain(name);
  });

  it('takes secrets from a Secret by name, never from values', () => {
    expect(templates.join('\n')).toContain('name: {{ .Values.secretName }}');
    expect(typeof values.secretName).toBe('string');
  });

  it('probes WEB on /healthcheck', () => {
    const web = templates.find((text) => text.includes('-web'));
    expect(web).toMatch(/readinessProbe:\s+httpGet: \{ path: \/healthcheck/);
    expect(web).toMatch(/livenessProbe:\s+httpGet: \{ path: \/healthcheck/);
  });

  it('runs every other run mode of the service', () => {
    const modes = Object.keys(runModes)
      .filter((mode) => mode !== 'WEB')
      .map((mode) => mode.toLowerCase());
    expect(Object.keys(values.modes ?? {}).sort()).toEqual(modes.sort());
  });
});
