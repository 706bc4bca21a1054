import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

// There is no registry or cluster here: the workflow is read, and its helm
// step is run in bash against a helm that records what it was given.
interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  on: { push: { tags: string[] } };
  env: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** What GitHub puts in place of `${{ name }}`; an expression this run does not know fails. */
function substitute(text: string, known: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const value = known[name];
    if (value === undefined) throw new Error(`the workflow uses \${{ ${name} }}, unknown here`);
    return value;
  });
}

/** A glob of a tag filter as GitHub reads it: `*` is any run of characters but `/`. */
const globMatches = (glob: string, name: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(name);

describe('deploy.yml', () => {
  it('runs on release tags, the ones npm version makes', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const runsOn = (tag: string) => workflow.on.push.tags.some((glob) => globMatches(glob, tag));
    expect(runsOn(`v${version}`)).toBe(true);
    expect(runsOn('release-candidate')).toBe(false);
  });

  it('builds the production image of this project', () => {
    const build = steps.find((step) => step.with?.file);
    expect(build?.with?.file).toBe('Dockerfile.prod');
    expect(existsSync('Dockerfile.prod')).toBe(true);
  });

  it('upgrades the chart with the tag’s image, on the cluster of the KUBE_CONFIG secret', () => {
    const upgrade = steps.find((step) => step.run?.includes('helm upgrade'));
    const work = mkdtempSync(join(tmpdir(), 'deploy-step-'));
    const seen = join(work, 'helm-was-given');
    // Records its arguments and the kubeconfig it would reach the cluster with.
    writeFileSync(
      join(work, 'helm'),
      `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${seen}.args"\ncat "$KUBECONFIG" > "${seen}.kubeconfig"\n`,
    );
    chmodSync(join(work, 'helm'), 0o755);
    const kubeconfig = 'apiVersion: v1\nkind: Config\nclusters: []\n';
    const known = {
      'secrets.KUBE_CONFIG': kubeconfig,
      'github.ref_name': 'v1.2.3',
      'github.repository': 'example-org/example-service',
    };
    const resolved = (env: Record<string, string>, more: Record<string, string> = {}) =>
      Object.fromEntries(
        Object.entries(env).map(([name, value]) => [
          name,
          substitute(value, { ...known, ...more }),
        ]),
      );
    const workflowEnv = resolved(workflow.env);
    execFileSync('bash', ['-e', '-c', substitute(upgrade?.run ?? 'exit 1', known)], {
      env: {
        PATH: `${work}:${process.env.PATH}`,
        RUNNER_TEMP: work,
        ...workflowEnv,
        ...resolved(upgrade?.env ?? {}, workflowEnv),
      },
    });
    expect(readFileSync(`${seen}.kubeconfig`, 'utf8').trim()).toBe(kubeconfig.trim());
    const args = readFileSync(`${seen}.args`, 'utf8').trim().split('\n');
    expect(args.slice(0, 4)).toEqual(['upgrade', '--install', expect.any(String), 'deploy/chart']);
    expect(existsSync('deploy/chart/Chart.yaml')).toBe(true);
    expect(args).toContain('image.repository=ghcr.io/example-org/example-service');
    expect(args).toContain('image.tag=v1.2.3');
  });
});
