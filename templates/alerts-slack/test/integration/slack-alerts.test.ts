import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import {
  closeFailureReports,
  flushFailureReports,
  openFailureReports,
  reportFailure,
} from '../../src/failures/failure-reports.js';
import { packageInfo } from '../../src/version.js';
import { runMain } from '../helpers/main-process.js';
import { testEnvironment } from '../helpers/test-deps.js';
import { startWebhookReceiver } from '../helpers/webhook-receiver.js';

/** Alerts as Slack receives them: posts to a webhook receiver in this process. */

const slack = await startWebhookReceiver();
afterAll(() => slack.stop());
beforeEach(() => slack.reset());
afterEach(() => closeFailureReports());

/**
 * The reporters opened as main.ts opens them, on the test config, with the
 * log lines kept: no deps are built, since alerts need none.
 */
async function openAlerts(env: Record<string, string> = {}) {
  const config = loadConfig({ ...testEnvironment(), SLACK_WEBHOOK_URL: slack.url, ...env });
  const lines: Record<string, unknown>[] = [];
  const sink = { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) };
  await openFailureReports(config, pino({ level: 'info' }, sink));
  return { logLines: () => lines };
}
const taskFailed = (message: string, task = 'nightly-sync') =>
  reportFailure({ kind: 'task', error: new Error(message), task });

describe('Slack alerts', () => {
  it('posts a failed task with the service, environment and task, its text escaped', async () => {
    await openAlerts();
    taskFailed('<!everyone> & <!channel> <@U024BE7LH> the export broke');
    await flushFailureReports();
    expect(slack.posts).toEqual([
      {
        text: `${packageInfo.name} (test): task nightly-sync failed: &lt;!everyone&gt; &amp; &lt;!channel&gt; &lt;@U024BE7LH&gt; the export broke`,
      },
    ]);
  });

  it('leaves 5xx answers to the error tracker', async () => {
    await openAlerts();
    reportFailure({
      kind: 'request',
      error: new Error('broken'),
      request: { id: 'r', method: 'GET', path: '/', status: 500 },
    });
    await flushFailureReports();
    expect(slack.requests()).toBe(0);
  });

  it('posts at most SLACK_ALERTS_PER_MINUTE, then one summary of what it held back', async () => {
    await openAlerts({ SLACK_ALERTS_PER_MINUTE: '2' });
    for (let index = 1; index <= 5; index += 1) taskFailed(`failure ${index}`);
    await flushFailureReports();
    expect(slack.posts.map(({ text }) => text.replace(/^.*: /, ''))).toEqual([
      'failure 1',
      'failure 2',
      '3 task',
    ]);
    expect(slack.posts[2]?.text).toContain('alerts held back in the last minute: 3 task');
  });

  it('retries a 5xx, a dropped connection and a 429 after its Retry-After, and posts once', async () => {
    await openAlerts();
    slack.answers.push({ status: 503 }, 'drop', {
      status: 429,
      headers: { 'Retry-After': '1' },
    });
    const started = Date.now();
    taskFailed('retried');
    await flushFailureReports(10_000);
    expect(slack.requests()).toBe(4);
    expect(slack.posts.map(({ text }) => text)).toEqual([expect.stringContaining('retried')]);
    // 0.5 s and 1 s of backoff, then the second Retry-After asked for.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2400);
  });

  it('gives up on a 4xx other than 429: Slack will refuse it again', async () => {
    const deps = await openAlerts();
    slack.answers.push({ status: 404 });
    taskFailed('to a removed webhook');
    await flushFailureReports();
    expect(slack.requests()).toBe(1);
    expect(deps.logLines()).toContainEqual(
      expect.objectContaining({ msg: 'Slack refused an alert', status: 404 }),
    );
  });

  it('is a log line without SLACK_WEBHOOK_URL', async () => {
    const deps = await openAlerts({ SLACK_WEBHOOK_URL: '' });
    taskFailed('logged instead');
    await flushFailureReports();
    expect(slack.requests()).toBe(0);
    expect(deps.logLines()).toContainEqual(
      expect.objectContaining({
        msg: 'alert (SLACK_WEBHOOK_URL is not set)',
        alert: expect.stringContaining('task nightly-sync failed: logged instead') as unknown,
      }),
    );
  });

  it('posts a failed start before the process ends', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await runMain({ PORT: String(port), SLACK_WEBHOOK_URL: slack.url });
      expect(result.code).toBe(1);
    } finally {
      taken.close();
    }
    expect(slack.posts).toEqual([
      { text: expect.stringMatching(/the service failed to start: cannot listen on/) as unknown },
    ]);
  }, 30_000);
});
