import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { openTaskQueue } from '../../src/tasks/task-queue.js';
import { queueTaskRunner } from '../../src/tasks/queue-task-runner.js';
import { drainTaskWorker, startTaskWorker } from '../../src/tasks/task-worker.js';
import { runMain } from '../helpers/main-process.js';
import { settled } from '../helpers/settled.js';
import { testDeps } from '../helpers/test-deps.js';

const tasks = {
  square: {
    args: z.strictObject({ n: z.number() }),
    run: ({ n }: { n: number }) => Promise.resolve(n * n),
  },
  nap: {
    args: z.strictObject({ ms: z.number().int() }),
    run: ({ ms }: { ms: number }) =>
      new Promise((resolve) => setTimeout(() => resolve(`slept ${ms} ms`), ms)),
  },
  explode: { args: z.strictObject({}), run: () => Promise.reject(new Error('boom')) },
};

// The e2e run sets REDIS_URL to this machine's Redis; without one a worker cannot run.
const redisUrl = process.env.REDIS_URL ?? '';
(redisUrl ? describe : describe.skip)('a task worker on Redis', () => {
  /** The web side and a worker on a queue of their own, so test runs never share jobs. */
  async function queueAndWorker(concurrency = 1) {
    const deps = await testDeps({ REDIS_URL: redisUrl, TASK_QUEUE: `test-${randomUUID()}` });
    const queue = openTaskQueue(deps.config, redisUrl);
    const runner = queueTaskRunner(queue, tasks);
    const worker = startTaskWorker(deps, { redisUrl, concurrency, tasks });
    await worker.waitUntilReady();
    const stop = async () => {
      await drainTaskWorker(worker, 5000);
      await queue.obliterate({ force: true });
      await runner.close();
    };
    return { runner, worker, stop };
  }

  it('runs a task the web side queued and reports its result', async () => {
    const { runner, stop } = await queueAndWorker();
    try {
      const id = await runner.enqueue('square', { n: 12 });
      expect(await settled(runner, id)).toMatchObject({
        task: 'square',
        state: 'succeeded',
        result: 144,
      });
      const failed = await settled(runner, await runner.enqueue('explode', {}));
      expect(failed).toMatchObject({ state: 'failed', error: 'boom' });
    } finally {
      await stop();
    }
  });

  it('refuses bad arguments before they reach the queue', async () => {
    const { runner, stop } = await queueAndWorker();
    try {
      await expect(runner.enqueue('square', { n: 'twelve' })).rejects.toMatchObject({
        code: 'bad_request',
      });
      await expect(runner.enqueue('fly', {})).rejects.toMatchObject({ code: 'not_found' });
      await expect(runner.status('no-such-job')).resolves.toBeUndefined();
    } finally {
      await stop();
    }
  });

  it('finishes the task it is running when asked to stop', async () => {
    const { runner, worker, stop } = await queueAndWorker();
    try {
      const id = await runner.enqueue('nap', { ms: 700 });
      while ((await runner.status(id))?.state !== 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await expect(drainTaskWorker(worker, 5000)).resolves.toBe(true);
      expect(await runner.status(id)).toMatchObject({ state: 'succeeded', result: 'slept 700 ms' });
    } finally {
      await stop();
    }
  });
});

describe('the queue when Redis is away', () => {
  it('answers 503 within its deadline rather than hold the request', async () => {
    const queue = openTaskQueue({ TASK_QUEUE: 'unreachable' }, 'redis://127.0.0.1:1');
    queue.on('error', () => undefined);
    const runner = queueTaskRunner(queue, tasks);
    try {
      await expect(runner.enqueue('square', { n: 2 })).rejects.toMatchObject({
        code: 'service_unavailable',
        status: 503,
      });
    } finally {
      await runner.close();
    }
  });
});

describe('WORKER mode without Redis', () => {
  it('exits 1 and says it needs REDIS_URL', async () => {
    const { code, output } = await runMain({ APP_RUN_MODE: 'WORKER', REDIS_URL: '' });
    expect(code).toBe(1);
    expect(output).toContain('WORKER mode needs REDIS_URL');
  });
});
