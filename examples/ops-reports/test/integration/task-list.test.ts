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
  // As db-create: makes what the start-up checks look for.
  make: {
    args: z.strictObject({}),
    skipsStartup: true,
    run: () => {
      ran.push('make');
      return Promise.resolve('made');
    },
  },
};

/** The start-up checks, as TASK mode hands them over: recorded, or failing as a missing table does. */
const prepare = () => {
  ran.push('prepare');
  return Promise.resolve();
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
      /^APP_TASK_LIST: Bad arguments for count \(to: .*expected number.*\); No task named fly \(tasks: count, fail, make\); count: "5" is not key=value; Bad arguments for fail \(arguments: .*now.*\)$/,
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
    const code = await runTaskList(parseTaskList('count; count to=1', tasks), deps, prepare);
    expect(code).toBe(0);
    expect(ran).toEqual(['prepare', 'count n 3', 'count n 1']);
  });

  it('runs the tasks that make what the start-up checks look for before those checks, once', async () => {
    const deps = await testDeps();
    const code = await runTaskList(parseTaskList('make; count; make; count', tasks), deps, prepare);
    expect(code).toBe(0);
    expect(ran).toEqual(['make', 'prepare', 'count n 3', 'make', 'count n 3']);
    ran.splice(0);
    expect(await runTaskList(parseTaskList('make', tasks), deps, prepare)).toBe(0);
    expect(ran).toEqual(['make']);
  });

  it('ends at a failed start-up check, before the tasks that need it', async () => {
    const deps = await testDeps();
    const failing = () => Promise.reject(new Error('table reports does not exist'));
    await expect(runTaskList(parseTaskList('make; count', tasks), deps, failing)).rejects.toThrow(
      'table reports does not exist',
    );
    expect(ran).toEqual(['make']);
  });

  it('stops at the first failure and exits 1, naming the tasks not run', async () => {
    const deps = await testDeps();
    const code = await runTaskList(parseTaskList('count; fail; count to=9', tasks), deps, prepare);
    expect(code).toBe(1);
    expect(ran).toEqual(['prepare', 'count n 3', 'fail']);
    expect(deps.logLines()).toContainEqual(
      expect.objectContaining({
        task: 'fail',
        skipped: ['count'],
        err: expect.anything() as unknown,
      }),
    );
  });
});
