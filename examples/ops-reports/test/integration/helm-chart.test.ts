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
// The env contract's secret variables, which go only in the Secret.
const secrets: readonly string[] = [
  'DYNAMODB_SECRET_ACCESS_KEY',
  'API_KEYS',
  'API_KEY',
  'OIDC_CLIENT_SECRET',
  'AUTH0_CLIENT_SECRET',
  'APP_SECRET_KEY',
  'ENCRYPTION_KEY',
];

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
    for (const name of secrets) expect(contract).toContain(name);
    const inValues = Object.keys(values.env as object);
    expect(inValues.filter((name) => secrets.includes(name))).toEqual([]);
    expect(values.secretName).toEqual(expect.any(String));
    // Every container reads the Secret that secretName names, beside the ConfigMap.
    const envFrom =
      /define "app\.envFrom"[\s\S]*?secretRef:\s+name: \{\{ \.Values\.secretName \}\}/;
    expect(templates.join('\n')).toMatch(envFrom);
    const podTemplates = templates.filter((text) => text.includes('containers:'));
    expect(podTemplates.length).toBeGreaterThan(0);
    for (const text of podTemplates) {
      const containers = text.match(/containers:\s*- name:/g) ?? [];
      const reading = text.match(/include "app\.envFrom"/g) ?? [];
      expect(reading).toHaveLength(containers.length);
    }
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
