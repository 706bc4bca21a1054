import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, treeOf } from '../helpers/run-cli.js';

describe('service-kit run modes', () => {
  it('--dry-run prints the file plan and writes nothing', async () => {
    const dir = tempDir('dry-run');
    const result = await runCli(['svc', '--yes', '--dry-run'], dir);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^ {2}new +svc\/src\/app\.ts$/m);
    expect(result.output).toMatch(/^ {2}new +svc\/package\.json$/m);
    expect(result.output).toContain('Dry run: nothing was written in svc.');
    expect(treeOf(dir)).toEqual({});
  });

  it('--force writes into a non-empty directory and keeps what it does not generate', async () => {
    const dir = tempDir('force');
    mkdirSync(join(dir, 'svc'));
    writeFileSync(join(dir, 'svc', 'notes.txt'), 'mine');
    const result = await runCli(['svc', '--yes', '--skip-install', '--force'], dir);
    expect(result.code).toBe(0);
    const tree = treeOf(join(dir, 'svc'));
    expect(tree['notes.txt']).toBe('mine');
    expect(tree['src/app.ts']).toContain('export function createApp');
  });

  it('takes answers from a preset and an answers file, the file winning', async () => {
    const dir = tempDir('sources');
    writeFileSync(
      join(dir, 'answers.json'),
      JSON.stringify({ name: 'from-file', description: 'Mine' }),
    );
    const result = await runCli(
      ['--preset', 'minimal', '--answers', 'answers.json', '--skip-install'],
      dir,
    );
    expect(result.code).toBe(0);
    const pkg = JSON.parse(treeOf(join(dir, 'from-file'))['package.json'] ?? '{}') as Record<
      string,
      unknown
    >;
    expect(pkg).toMatchObject({ name: 'from-file', description: 'Mine' });
  });

  it('re-runs inside a generated project asking nothing, and changes nothing', async () => {
    const dir = tempDir('rerun');
    expect((await runCli(['svc', '--yes', '--skip-install'], dir)).code).toBe(0);
    const project = join(dir, 'svc');
    const before = treeOf(project);
    const rerun = await runCli(['--skip-install'], project);
    expect(rerun.code).toBe(0);
    // Files already as generated are left alone, so the run lists none of them.
    expect(rerun.output).toContain('every file is as generated: nothing to do');
    expect(rerun.output).not.toMatch(/\?|conflict/);
    expect(treeOf(project)).toEqual(before);
  });
});

describe('service-kit add', () => {
  async function minimalProject() {
    const dir = tempDir('add');
    expect(
      (await runCli(['svc', '--preset', 'minimal', '--yes', '--skip-install'], dir)).code,
    ).toBe(0);
    return join(dir, 'svc');
  }

  it('adds a feature to an existing project: its files, its answer and the shared files', async () => {
    const project = await minimalProject();
    const result = await runCli(['add', 'data-api', '--skip-install'], project);
    expect(result.code).toBe(0);
    const tree = treeOf(project);
    expect(tree['src/data/data.routes.ts']).toContain("get('/get-data'");
    expect(tree['src/plugins.ts']).toContain('[healthRoutes, dataRoutes, apiDocsRoutes]');
    expect(tree['src/config.ts']).toContain('DATA_PAGE_SIZE');
    expect(JSON.parse(tree['.yo-rc.json'] ?? '{}')).toMatchObject({
      'generator-service-kit': { dataApi: true },
    });
    // Files nobody edited are updated without a conflict prompt.
    expect(result.output).not.toMatch(/conflict/i);
  });

  it('adds to a project stored before an answer existed, reading it as none of that answer', async () => {
    const project = await minimalProject();
    const file = join(project, '.yo-rc.json');
    const stored = JSON.parse(treeOf(project)['.yo-rc.json'] ?? '{}') as {
      'generator-service-kit': Record<string, unknown>;
    };
    const older = { ...stored['generator-service-kit'] };
    for (const added of ['modes', 'tooling', 'database']) delete older[added];
    writeFileSync(file, JSON.stringify({ 'generator-service-kit': older }));
    const result = await runCli(['add', 'mode-task', '--skip-install'], project);
    expect(result.code).toBe(0);
    const tree = treeOf(project);
    expect(tree['src/modes/run-modes.ts']).toContain('TASK: runTaskMode');
    expect(tree.Dockerfile).toBeUndefined();
    expect(JSON.parse(tree['.yo-rc.json'] ?? '{}')).toMatchObject({
      'generator-service-kit': { modes: ['task'], tooling: [], database: 'none' },
    });
  });

  it('moves queued tasks from the web process to a worker when WORKER is added', async () => {
    const dir = tempDir('add-worker');
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ auth: ['api-key'] }));
    const args = ['svc', '--yes', '--answers', 'answers.json', '--skip-install'];
    expect((await runCli(args, dir)).code).toBe(0);
    const project = join(dir, 'svc');
    expect(treeOf(project)['src/tasks/web-task-runner.ts']).toBeDefined();

    const result = await runCli(['add', 'mode-worker', '--skip-install'], project);
    expect(result.code).toBe(0);
    const tree = treeOf(project);
    // The in-process runner nobody edited goes; the queue takes its place in the deps.
    expect(tree['src/tasks/web-task-runner.ts']).toBeUndefined();
    expect(tree['src/deps.ts']).toContain("from './tasks/queue-task-runner.js'");
    expect(tree['src/modes/run-modes.ts']).toContain('WORKER: runWorkerMode');
    expect(JSON.parse(tree['package.json'] ?? '{}')).toMatchObject({
      dependencies: { bullmq: expect.any(String) as unknown },
    });
    expect(tree['docker-compose.yml']).toContain('APP_RUN_MODE: WORKER');
  });

  it('names the features it can add', async () => {
    const result = await runCli(['add', 'kerberos'], tempDir('add-unknown'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'service-kit: add takes one of alerts-slack, kms-values, email-smtp, sentry, db-dynamodb, db-postgres, storage-s3, data-api, auth-api-key, auth-hawk, auth-oidc-bearer, auth-oidc-login, mode-task, mode-worker, mode-beat, reports, ci-github, cli-menu, docker, deploy-k8s, secrets; "kerberos" is none of them\n',
    );
  });

  it('refuses to add outside a service-kit project', async () => {
    const result = await runCli(['add', 'data-api'], tempDir('add-outside'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^service-kit: .* is not a service-kit project .*\n$/);
  });
});
