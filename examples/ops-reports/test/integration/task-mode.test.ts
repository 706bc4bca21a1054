import { runMain } from '../helpers/main-process.js';

describe('the TASK run mode', () => {
  it('exits 2 before running anything when APP_TASK_LIST names an unknown task', async () => {
    const { code, output } = await runMain({ APP_RUN_MODE: 'TASK', APP_TASK_LIST: 'no-such-task' });
    expect(code).toBe(2);
    expect(output).toContain('APP_TASK_LIST: No task named no-such-task');
  });

  it('exits 2 when there is nothing to run', async () => {
    const { code, output } = await runMain({ APP_RUN_MODE: 'TASK' });
    expect(code).toBe(2);
    expect(output).toContain('APP_TASK_LIST, which is empty');
  });
});
