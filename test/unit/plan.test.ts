import { answerDefaults, type Answers } from '../../generators/lib/answers.js';
import { planProject } from '../../generators/lib/plan.js';

const plan = (answers: Partial<Answers>) =>
  planProject({ ...answerDefaults, name: 'svc', ...answers }).features;

describe('planProject', () => {
  it('runs tasks queued by routes in the web process when there is no worker', () => {
    const features = plan({ auth: ['api-key'] });
    expect(features).toEqual(
      expect.arrayContaining(['tasks', 'in-process-tasks', 'web-task-runner']),
    );
    expect(features).not.toContain('mode-worker');
  });

  it('queues them for a worker, on Redis, when WORKER is chosen', () => {
    const features = plan({ auth: ['api-key'], modes: ['worker'] });
    expect(features).toEqual(expect.arrayContaining(['redis', 'mode-worker', 'in-process-tasks']));
    expect(features).not.toContain('web-task-runner');
  });

  it('adds a worker to BEAT, which only schedules', () => {
    expect(plan({ dataApi: false, modes: ['beat'] })).toEqual(
      expect.arrayContaining(['tasks', 'redis', 'mode-worker', 'mode-beat']),
    );
  });

  it('gives TASK mode the database tasks of the chosen database', () => {
    expect(plan({ database: 'postgres', modes: ['task'] })).toContain('db-postgres-tasks');
    expect(plan({ database: 'dynamodb', modes: ['task'] })).toContain('db-dynamodb-tasks');
    expect(plan({ database: 'postgres' })).not.toContain('tasks');
  });

  it('builds an image for a chart, and deploys from GitHub only with both', () => {
    expect(plan({ tooling: ['deploy-k8s'] })).toEqual(
      expect.arrayContaining(['docker', 'deploy-k8s']),
    );
    expect(plan({ tooling: ['ci-github'] })).not.toContain('deploy-github');
    expect(plan({ tooling: ['ci-github', 'deploy-k8s'] })).toContain('deploy-github');
  });

  it('always has the test tiers, and no tooling that was not asked for', () => {
    const features = plan({ tooling: [] });
    expect(features).toContain('test-tiers');
    for (const tool of ['docker', 'secrets', 'cli-menu', 'kms-values']) {
      expect(features).not.toContain(tool);
    }
  });
});
