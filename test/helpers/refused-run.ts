import { runCli, tempDir, treeOf } from './run-cli.js';

/** A refused run: exit 1, one line on stderr that names the problem, and the directory as it was. */
export async function expectRefused(
  args: string[],
  problem: string,
  prepare?: (dir: string) => void,
) {
  const dir = tempDir('refused');
  prepare?.(dir);
  const before = treeOf(dir);
  const result = await runCli(args, dir);
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(problem)]);
  expect(result.stderr).toMatch(/^service-kit: /);
  expect(result.code).toBe(1);
  expect(treeOf(dir)).toEqual(before);
}
