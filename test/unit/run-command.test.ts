import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expectSuccess, runCommand } from '../helpers/run-command.js';

/** Whether a process of that id still runs (a zombie waiting for its parent has ended). */
const running = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** Whether the process has ended within a second of being killed (a signal takes effect later). */
async function ends(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 20 && running(pid); waited += 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return !running(pid);
}

describe('a command under a deadline', () => {
  it('is killed with everything it started, and named with its last lines', async () => {
    // A shell that starts a sleeper, says its pid, then waits on it: a hang two levels deep.
    const script = 'sleep 600 & echo "sleeper $!"; wait';
    const result = await runCommand(
      'sh',
      ['-c', script],
      tmpdir(),
      {},
      {
        deadlineMs: 500,
        name: 'tests of a hanging project',
      },
    );
    expect(result.timedOut).toBe(
      'tests of a hanging project did not finish within 0.5 s; its process group was killed',
    );
    const sleeper = Number(/sleeper (\d+)/.exec(result.output)![1]);
    expect(await ends(sleeper)).toBe(true);
    await expect(
      expectSuccess('sh', ['-c', script], tmpdir(), {}, { deadlineMs: 500, name: 'a hang' }),
    ).rejects.toThrow(
      /^a hang did not finish within 0\.5 s; its process group was killed:\nsleeper \d+$/,
    );
  });

  it('ends what a finished command left running in its group', async () => {
    const result = await runCommand('sh', ['-c', 'sleep 600 & echo "sleeper $!"'], tmpdir());
    expect(result.code).toBe(0);
    const sleeper = Number(/sleeper (\d+)/.exec(result.output)![1]);
    expect(await ends(sleeper)).toBe(true);
  });
});
