import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Read, not run: there is no registry or cluster here.
const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
const workflow = parse(text) as {
  on: { push: { tags: string[] } };
  jobs: Record<string, { steps: { run?: string; with?: Record<string, string> }[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('deploy.yml', () => {
  it('runs on release tags, the ones npm version makes', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
  });

  it('builds the production image and upgrades the chart of this project', () => {
    const build = steps.find((step) => step.with?.file);
    expect(build?.with?.file).toBe('Dockerfile.prod');
    expect(existsSync('Dockerfile.prod')).toBe(true);
    const upgrade = steps.find((step) => step.run?.includes('helm upgrade'));
    expect(upgrade?.run).toMatch(/helm upgrade --install \S+ deploy\/chart/);
    expect(existsSync('deploy/chart/Chart.yaml')).toBe(true);
  });

  it('takes the cluster credentials from a repository secret', () => {
    expect(text).toContain('${{ secrets.KUBE_CONFIG }}');
  });
});
