import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { syncSchedule } from '../../src/tasks/sync-schedule.js';
import { openTaskQueue } from '../../src/tasks/task-queue.js';
import { drainTaskWorker, startTaskWorker } from '../../src/tasks/task-worker.js';
import { runMain } from '../helpers/main-process.js';
import { testDeps } from '../helpers/test-deps.js';

const ticks: string[] = [];
const tasks = {
  tick: {
    args: z.strictObject({ label: z.string().default('tick') }),
    run: ({ label }: { label: string }) => {
      ticks.push(label);
      return Promise.resolve(label);
    },
  },
};

// The e2e run sets REDIS_URL to this machine's Redis; without one there is nowhere to schedule.
const redisUrl = process.env.REDIS_URL ?? '';
(redisUrl ? describe : describe.skip)('the schedule on Redis', () => {
  async function scheduleQueue() {
    const deps = await testDeps({ REDIS_URL: redisUrl, TASK_QUEUE: `test-${randomUUID()}` });
    const queue = openTaskQueue(deps.config, redisUrl);
    const close = async () => {
      await queue.obliterate({ force: true });
      await queue.close();
    };
    return { deps, queue, close };
  }

  it('schedules a job that a worker then runs', async () => {
    const { deps, queue, close } = await scheduleQueue();
    const worker = startTaskWorker(deps, { redisUrl, concurrency: 1, tasks });
    try {
      const every = [{ name: 'every-second', task: 'tick', pattern: '* * * * * *' }];
      await expect(syncSchedule(queue, every, tasks)).resolves.toEqual({
        upserted: ['every-second'],
        removed: [],
      });
      expect(await queue.getJobSchedulers()).toEqual([
        expect.objectContaining({ key: 'every-second', name: 'tick', pattern: '* * * * * *' }),
      ]);
      while (ticks.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ticks[0]).toBe('tick');
    } finally {
      await drainTaskWorker(worker, 5000);
      await close();
    }
  }, 15_000);

  it('removes what the schedule no longer names, and refuses an unknown task', async () => {
    const { queue, close } = await scheduleQueue();
    try {
      await syncSchedule(queue, [{ name: 'old', task: 'tick', pattern: '0 3 * * *' }], tasks);
      const next = [{ name: 'new', task: 'tick', pattern: '0 4 * * *', args: { label: 'late' } }];
      await expect(syncSchedule(queue, next, tasks)).resolves.toEqual({
        upserted: ['new'],
        removed: ['old'],
      });
      const typo = [{ name: 'typo', task: 'tock', pattern: '0 4 * * *' }];
      await expect(syncSchedule(queue, typo, tasks)).rejects.toThrow('No task named tock');
      expect((await queue.getJobSchedulers()).map(({ key }) => key)).toEqual(['new']);
    } finally {
      await close();
    }
  });

  it('runs as BEAT mode: syncs and exits 0', async () => {
    const name = `test-${randomUUID()}`;
    const { code, output } = await runMain({
      APP_RUN_MODE: 'BEAT',
      REDIS_URL: redisUrl,
      TASK_QUEUE: name,
    });
    expect(code).toBe(0);
    expect(output).toContain('"msg":"schedule synced"');
    const queue = openTaskQueue({ TASK_QUEUE: name }, redisUrl);
    await queue.obliterate({ force: true });
    await queue.close();
  }, 30_000);
});

describe('BEAT mode without Redis', () => {
  it('exits 1 and says it needs REDIS_URL', async () => {
    const { code, output } = await runMain({ APP_RUN_MODE: 'BEAT', REDIS_URL: '' });
    expect(code).toBe(1);
    expect(output).toContain('BEAT mode needs REDIS_URL');
  });
});
