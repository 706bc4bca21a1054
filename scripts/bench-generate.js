// Times `service-kit <name> --yes --skip-install` as a user runs it (a fresh
// node process each time) for the minimal preset and for every feature at
// once, next to a bare `node` start-up measured in the same run as the floor.
// Usage: npm run bench:generate [-- runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

const variants = {
  minimal: ['--preset', 'minimal'],
  everything: ['--answers', 'everything.json'],
};
const everything = { dataApi: true, auth: ['hawk', 'api-key', 'oidc-login', 'oidc-bearer'] };

const nodeStart = [];
const results = Object.fromEntries(
  Object.keys(variants).map((name) => [name, { times: [], files: 0 }]),
);
for (let run = 0; run < runs; run += 1) {
  for (const [name, flags] of Object.entries(variants)) {
    const dir = mkdtempSync(join(tmpdir(), 'service-kit-bench-'));
    writeFileSync(join(dir, 'everything.json'), JSON.stringify(everything));
    nodeStart.push(timed(['-e', ''], dir));
    results[name].times.push(timed([cli, 'bench-svc', ...flags, '--yes', '--skip-install'], dir));
    results[name].files = countFiles(join(dir, 'bench-svc'));
    rmSync(dir, { recursive: true, force: true });
  }
}

const floor = median(nodeStart);
console.log(`service-kit generation, ${runs} runs each; bare node start-up median ${ms(floor)}`);
for (const [name, { times, files }] of Object.entries(results)) {
  const middle = median(times);
  console.log(
    `  ${name.padEnd(10)} ${String(files).padStart(3)} files  median ${ms(middle)}  (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; beyond node start-up ${ms(middle - floor)})`,
  );
}
