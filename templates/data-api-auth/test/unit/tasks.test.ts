import { z } from 'zod';
import { AppError } from '../../src/errors.js';
import { inProcessTaskRunner } from '../../src/tasks/in-process-task-runner.js';
import type { TaskRunner, TaskStatus } from '../../src/tasks/task.js';
import { fitLine, trainModel } from '../../src/tasks/train-model.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps();

async function settled(runner: TaskRunner, id: string): Promise<TaskStatus | undefined> {
  for (;;) {
    const status = await runner.status(id);
    if (status?.finishedAt) return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('train-model', () => {
  const points = [1, 2, 3, 5, 8, 13, 21].map((x, i) => ({
    x,
    y: 4 + 0.5 * x + (i % 2 ? 0.3 : -0.3),
  }));

  it('converges to the least-squares line', async () => {
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [meanX, meanY] = [mean(points.map((p) => p.x)), mean(points.map((p) => p.y))];
    const slope =
      points.reduce((sum, { x, y }) => sum + (x - meanX) * (y - meanY), 0) /
      points.reduce((sum, { x }) => sum + (x - meanX) ** 2, 0);

    const fit = await fitLine(points, trainModel.args.parse({ epochs: 20_000 }));
    expect(fit.slope).toBeCloseTo(slope, 3);
    expect(fit.intercept).toBeCloseTo(meanY - slope * meanX, 2);
  });

  it('fits every row of the data API', async () => {
    const result = await trainModel.run(trainModel.args.parse({ epochs: 10 }), deps);
    expect(result).toMatchObject({ epochs: 10, slopePerId: expect.any(Number) as unknown });
  });
});

describe('the in-process task runner', () => {
  const tasks = {
    double: {
      args: z.strictObject({ n: z.number() }),
      run: ({ n }: { n: number }) => Promise.resolve(n * 2),
    },
    explode: { args: z.object({}), run: () => Promise.reject(new Error('boom')) },
  };
  const runner = inProcessTaskRunner(deps, tasks);

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
