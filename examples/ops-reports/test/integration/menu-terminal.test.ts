import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runOnTerminal } from '../../scripts/menu/terminal-io.js';

describe('the menu on a terminal', () => {
  it('runs a real command and reports its exit code', async () => {
    await expect(runOnTerminal([process.execPath, '-e', 'process.exit(3)'])).resolves.toBe(3);
    await expect(runOnTerminal([process.execPath, '-e', ''])).resolves.toBe(0);
    const reported: string[] = [];
    await expect(
      runOnTerminal(['no-such-program-here'], (line) => reported.push(line)),
    ).resolves.toBe(1);
    expect(reported).toEqual([expect.stringContaining('cannot run no-such-program-here')]);
  });

  it('lists the commands and exits 2 without a terminal', () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, ['scripts/menu/menu.ts'], { encoding: 'utf8', stdio: 'pipe' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run menu needs a terminal');
    expect(result.stderr).toContain('npm run test:unit');
  });
});
