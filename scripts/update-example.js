// Renders the ops-reports preset into examples/ops-reports, replacing what
// is there, so a template change shows on the reference app in review.
// test/snapshot/example.test.ts fails until this has been run and committed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const examples = new URL('../examples/', import.meta.url).pathname;
const cli = new URL('../dist/cli/service-kit.js', import.meta.url).pathname;

// Removed first, so a file the templates no longer render does not linger.
rmSync(`${examples}ops-reports`, { recursive: true, force: true });
mkdirSync(examples, { recursive: true });
const generated = spawnSync(
  process.execPath,
  [cli, 'ops-reports', '--preset', 'ops-reports', '--yes', '--skip-install'],
  { cwd: examples, stdio: 'inherit' },
);
// The record of what was generated repeats every file; the example shows the files once.
rmSync(`${examples}ops-reports/.service-kit`, { recursive: true, force: true });
process.exit(generated.status ?? 1);
