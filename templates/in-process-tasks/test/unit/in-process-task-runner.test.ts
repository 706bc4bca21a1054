import { z } from 'zod';
import { AppError } from '../../src/errors.js';
import { inProcessTaskRunner } from '../../src/tasks/in-process-task-runner.js';
import { settled } from '../helpers/settled.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps();

describe('the in-process task runner', () => {
  const tasks = {
    double: {
      args: z.strictObject({ n: z.number() }),
      run: ({ n }: { n: number }) => Promise.resolve(n * 2),
    },
    explode: { args: z.object({}), run: () => Promise.reject(new Error('boom')) },
  };
  const runner = inProcessTaskRunner({ logger: deps.logger, all: () => deps }, tasks);

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
