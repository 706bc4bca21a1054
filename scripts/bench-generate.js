// Times `service-kit <name> --preset minimal --yes --skip-install` as a user
// runs it (a fresh node process each time), next to a bare `node` start-up
// measured in the same run as the floor. Usage: npm run bench:generate [-- runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 10);
const cli = new URL('../dist/bin/service-kit.js', import.meta.url).pathname;

function countFiles(dir) {
  return readdirSync(dir).reduce((count, entry) => {
    const path = join(dir, entry);
    return count + (statSync(path).isDirectory() ? countFiles(path) : 1);
  }, 0);
}

function timed(args, cwd) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;

const generate = [];
const nodeStart = [];
let files = 0;
for (let run = 0; run < runs; run += 1) {
  const dir = mkdtempSync(join(tmpdir(), 'service-kit-bench-'));
  nodeStart.push(timed(['-e', ''], dir));
  generate.push(timed([cli, 'bench-svc', '--preset', 'minimal', '--yes', '--skip-install'], dir));
  files = countFiles(join(dir, 'bench-svc'));
  rmSync(dir, { recursive: true, force: true });
}

console.log(`generate minimal preset, ${runs} runs, ${files} files written`);
console.log(
  `  median ${ms(median(generate))}  (min ${ms(Math.min(...generate))}, max ${ms(Math.max(...generate))})`,
);
console.log(
  `  bare node start-up median ${ms(median(nodeStart))}; generation beyond it ${ms(median(generate) - median(nodeStart))}`,
);
