import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { envContract } from '../../src/config.js';

// Read, not run: there is no GitHub runner here. What a run would trip over
// late is checked: scripts that do not exist, variables the service ignores.
interface Job {
  env?: Record<string, string>;
  steps: { run?: string; uses?: string; with?: Record<string, string> }[];
}
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const scripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts;
const jobs = Object.values(workflow.jobs);

describe('ci.yml', () => {
  it('runs on pushes to main and on every pull request, once for each', () => {
    // GitHub's branch filters: a glob where `*` is any run of characters but `/`.
    const matches = (glob: string, name: string) =>
      new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(
        name,
      );
    const runsOn = (event: 'push' | 'pull_request', branch: string) => {
      const filter = (workflow.on as Record<string, { branches?: string[] } | null>)[event];
      if (filter === undefined) return false;
      return filter?.branches?.some((glob) => matches(glob, branch)) ?? true;
    };
    expect(runsOn('push', 'main')).toBe(true);
    expect(runsOn('pull_request', 'main')).toBe(true);
    expect(runsOn('pull_request', 'release/2026')).toBe(true);
    // A branch's pushes are checked by its pull request; not twice.
    expect(runsOn('push', 'feature/login')).toBe(false);
  });

  it('runs lint, the type-check and every tier that needs no deployed service', () => {
    const runs = jobs.flatMap((job) => job.steps.flatMap((step) => step.run ?? []));
    for (const script of [
      'lint',
      'typecheck',
      'test:unit',
      'test:integration',
      'test:acceptance',
      'test:smoke',
    ]) {
      expect(runs).toContain(`npm run ${script}`);
    }
    for (const run of runs) {
      const script = /^npm run (\S+)/.exec(run)?.[1];
      if (script) expect(Object.keys(scripts)).toContain(script);
    }
  });

  it('sets only variables of the env contract', () => {
    const contract = Object.keys(envContract);
    for (const job of jobs)
      for (const name of Object.keys(job.env ?? {})) expect(contract).toContain(name);
  });

  it('installs the Node version the project names', () => {
    const setup = jobs
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/setup-node'));
    for (const step of setup) expect(existsSync(step.with?.['node-version-file'] ?? '')).toBe(true);
  });
});
