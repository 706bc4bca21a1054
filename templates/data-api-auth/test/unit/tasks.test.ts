import { z } from 'zod';
import { pino } from 'pino';
import { sampleRows } from '../../src/data/sample-rows.js';
import { AppError } from '../../src/errors.js';
import { inProcessTaskRunner } from '../../src/tasks/in-process-task-runner.js';
import type { TaskRunner, TaskStatus } from '../../src/tasks/task.js';
import { trainModel } from '../../src/tasks/train-model.js';

async function settled(runner: TaskRunner, id: string): Promise<TaskStatus | undefined> {
  for (;;) {
    const status = await runner.status(id);
    if (status?.finishedAt) return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('train-model', () => {
  it('converges to the least-squares line of population over id', async () => {
    const xs = sampleRows.map((row) => row.id);
    const ys = sampleRows.map((row) => row.populationMillions);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [meanX, meanY] = [mean(xs), mean(ys)];
    const slope =
      xs.reduce((sum, x, i) => sum + (x - meanX) * ((ys[i] ?? 0) - meanY), 0) /
      xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);

    const result = (await trainModel.run(trainModel.args.parse({ epochs: 20_000 }))) as {
      intercept: number;
      slopePerId: number;
    };
    expect(result.slopePerId).toBeCloseTo(slope, 3);
    expect(result.intercept).toBeCloseTo(meanY - slope * meanX, 2);
  });
});

describe('the in-process task runner', () => {
  const quiet = pino({ level: 'silent' });
  const tasks = {
    double: {
      args: z.strictObject({ n: z.number() }),
      run: ({ n }: { n: number }) => Promise.resolve(n * 2),
    },
    explode: { args: z.object({}), run: () => Promise.reject(new Error('boom')) },
  };
  const runner = inProcessTaskRunner(quiet, tasks);

  it('runs a queued task after answering, and reports its result', async () => {
    const id = await runner.enqueue('double', { n: 21 });
    expect((await runner.status(id))?.state).toBe('queued');
    expect(await settled(runner, id)).toMatchObject({
      task: 'double',
      state: 'succeeded',
      result: 42,
    });
  });

  it('reports a failure with its message', async () => {
    const id = await runner.enqueue('explode', {});
    expect(await settled(runner, id)).toMatchObject({ state: 'failed', error: 'boom' });
  });

  it('refuses bad arguments before queueing, naming each', async () => {
    const refusal = runner.enqueue('double', { n: 'many', extra: true });
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({
      code: 'bad_request',
      details: [
        { field: 'n', message: expect.stringContaining('expected number') as unknown },
        { field: '', message: expect.stringContaining('extra') as unknown },
      ],
    });
  });

  it('knows neither unknown tasks nor unknown ids', async () => {
    await expect(runner.enqueue('fly', {})).rejects.toMatchObject({ code: 'not_found' });
    await expect(runner.status('no-such-id')).resolves.toBeUndefined();
  });
});
