import { z } from 'zod';
import { runTaskList } from '../../src/modes/task.js';
import { parseTaskList } from '../../src/modes/task-list.js';
import { testDeps } from '../helpers/test-deps.js';

const ran: string[] = [];
const tasks = {
  count: {
    args: z.strictObject({ to: z.number().int().default(3), label: z.string().default('n') }),
    run: ({ to, label }: { to: number; label: string }) => {
      ran.push(`count ${label} ${to}`);
      return Promise.resolve(to);
    },
  },
  fail: {
    args: z.strictObject({}),
    run: () => {
      ran.push('fail');
      return Promise.reject(new Error('disk full'));
    },
  },
};

beforeEach(() => ran.splice(0));

describe('APP_TASK_LIST', () => {
  it('reads tasks separated by ";" with key=value arguments, JSON where it parses', () => {
    const calls = parseTaskList(' count ; count to=5 label=five ;; fail', tasks);
    expect(calls.map(({ name, args }) => ({ name, args }))).toEqual([
      { name: 'count', args: { to: 3, label: 'n' } },
      { name: 'count', args: { to: 5, label: 'five' } },
      { name: 'fail', args: {} },
    ]);
  });

  it('names every problem of the list at once, before anything runs', () => {
    const parse = () => parseTaskList('count to=many; fly; count 5; fail now=1', tasks);
    expect(parse).toThrow(
      /^APP_TASK_LIST: Bad arguments for count \(to: .*expected number.*\); No task named fly \(tasks: count, fail\); count: "5" is not key=value; Bad arguments for fail \(arguments: .*now.*\)$/,
    );
    expect(parse).toThrow(expect.objectContaining({ exitCode: 2 }) as Error);
    expect(ran).toEqual([]);
  });

  it('refuses an empty list with an example', () => {
    expect(() => parseTaskList(' ; ', tasks)).toThrow(/APP_TASK_LIST, which is empty; e\.g\./);
  });
});

describe('TASK mode', () => {
  it('runs every task in order and exits 0', async () => {
    const deps = await testDeps();
    const code = await runTaskList(parseTaskList('count; count to=1', tasks), deps);
    expect(code).toBe(0);
    expect(ran).toEqual(['count n 3', 'count n 1']);
  });

  it('stops at the first failure and exits 1, naming the tasks not run', async () => {
    const deps = await testDeps();
    const code = await runTaskList(parseTaskList('count; fail; count to=9', tasks), deps);
    expect(code).toBe(1);
    expect(ran).toEqual(['count n 3', 'fail']);
    expect(deps.logLines()).toContainEqual(
      expect.objectContaining({
        task: 'fail',
        skipped: ['count'],
        err: expect.anything() as unknown,
      }),
    );
  });
});
