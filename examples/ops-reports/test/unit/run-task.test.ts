import { z } from 'zod';
import { taskCall } from '../../src/tasks/run-task.js';

const tasks = {
  greet: {
    args: z.strictObject({ name: z.string(), times: z.number().int().default(1) }),
    run: ({ name, times }: { name: string; times: number }) =>
      Promise.resolve(`hello ${name}`.repeat(times)),
  },
};

describe('a task call', () => {
  it('validates the arguments and fills in their defaults', () => {
    const call = taskCall('greet', { name: 'ada' }, tasks);
    expect(call.args).toEqual({ name: 'ada', times: 1 });
    expect(call.task).toBe(tasks.greet);
  });

  it('names an unknown task and the known ones', () => {
    expect(() => taskCall('fly', {}, tasks)).toThrow('No task named fly (tasks: greet)');
  });

  it('does not take what every object inherits for a task', () => {
    expect(() => taskCall('constructor', {}, tasks)).toThrow('No task named constructor');
  });

  it('names each bad argument', () => {
    expect(() => taskCall('greet', { times: 'twice' }, tasks)).toThrow(
      expect.objectContaining({
        code: 'bad_request',
        details: [
          { field: 'name', message: expect.stringContaining('expected string') as unknown },
          { field: 'times', message: expect.stringContaining('expected number') as unknown },
        ],
      }) as Error,
    );
  });
});
