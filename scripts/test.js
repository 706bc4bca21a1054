// `npm test`: lint, type-check, then every jest tier, each phase in a process
// group of its own under a deadline, ending with how long each phase took
// (the jest reporter has printed each file's and each combination's steps).
// A phase past its deadline is killed and named; the run then fails.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { table } from './timings-reporter.js';

const MINUTES = 60_000;
const jest = "NODE_OPTIONS='--experimental-vm-modules --disable-warning=ExperimentalWarning' jest";
const phases = [
  { name: 'lint', command: 'npm run lint', deadline: 10 * MINUTES },
  { name: 'typecheck', command: 'npm run typecheck', deadline: 10 * MINUTES },
  // CI's bound is 90 minutes; the suite's own target is 25.
  { name: 'jest', command: `${jest} ${process.argv.slice(2).join(' ')}`, deadline: 60 * MINUTES },
];

function run({ name, command, deadline }) {
  return new Promise((resolve) => {
    // SERVICE_KIT_SUITE: every tier runs, so a proof one tier makes is not made again by another.
    const env = { ...process.env, SERVICE_KIT_SUITE: 'all' };
    const child = spawn('sh', ['-c', command], { stdio: 'inherit', detached: true, env });
    const timer = setTimeout(() => {
      console.error(`\n${name} did not finish within ${deadline / MINUTES} minutes; stopping it`);
      process.kill(-child.pid, 'SIGKILL');
    }, deadline);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const started = performance.now();
const rows = [['phase', 'seconds', 'exit']];
let failed = false;
for (const phase of phases) {
  const phaseStarted = performance.now();
  const code = await run(phase);
  rows.push([phase.name, ((performance.now() - phaseStarted) / 1000).toFixed(0), String(code)]);
  if (code !== 0) {
    failed = true;
    break;
  }
}
rows.push(['npm test', ((performance.now() - started) / 1000).toFixed(0), failed ? '1' : '0']);
console.error(`\n${table(rows)}`);
process.exit(failed ? 1 : 0);
