// A jest reporter that ends a run with where its time went: each test file,
// then, for the parts that record steps (test/helpers/timings.ts), a table of
// each combination's steps. A slow change to the suite shows in CI's last lines.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Tests (and files' hooks) that took at least this long are listed one by one. */
const SLOW_SECONDS = 20;

const secondsOf = (value) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

/** Rows of cells as aligned text, the first column left, the rest right. */
export function table(rows) {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => String(row[column]).length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0
            ? String(cell).padEnd(widths[column])
            : String(cell).padStart(widths[column]),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** One table a part: a row a combination, a column a step, in the order steps first appear. */
export function stepTables(timings) {
  const parts = [...new Set(timings.map((timing) => timing.part))];
  return parts.map((part) => {
    const own = timings.filter((timing) => timing.part === part);
    const steps = [...new Set(own.map((timing) => timing.step))];
    const combinations = [...new Set(own.map((timing) => timing.combination))];
    const cell = (combination, step) => {
      const found = own.filter(
        (timing) => timing.combination === combination && timing.step === step,
      );
      if (found.length === 0) return '';
      const sum = found.reduce((total, timing) => total + timing.seconds, 0);
      return `${secondsOf(sum)}${found.some((timing) => timing.failed) ? '!' : ''}`;
    };
    const total = (combination) =>
      own
        .filter((timing) => timing.combination === combination)
        .reduce((sum, t) => sum + t.seconds, 0);
    const rows = [
      [part, ...steps, 'sum'],
      ...combinations.map((combination) => [
        combination,
        ...steps.map((step) => cell(combination, step)),
        secondsOf(total(combination)),
      ]),
      [
        'sum',
        ...steps.map((step) =>
          secondsOf(
            own.filter((timing) => timing.step === step).reduce((sum, t) => sum + t.seconds, 0),
          ),
        ),
        secondsOf(own.reduce((sum, timing) => sum + timing.seconds, 0)),
      ],
    ];
    return table(rows);
  });
}

export default class TimingsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.files = [];
    this.slowTests = [];
    // Test files, in this process or jest's workers, append their steps here.
    process.env.SERVICE_KIT_TIMINGS ??= join(
      mkdtempSync(join(tmpdir(), 'service-kit-timings-')),
      'steps.jsonl',
    );
  }

  onTestFileResult(test, result) {
    const { start, end } = result.perfStats;
    this.files.push({
      file: relative(this.rootDir, test.path),
      seconds: (end - start) / 1000,
      failed: result.numFailingTests > 0 || Boolean(result.testExecError),
    });
    // A file's time less its tests' is its hooks' (beforeAll: generating, installing).
    const tests = result.testResults.map(({ fullName, duration, status }) => ({
      name: fullName,
      seconds: (duration ?? 0) / 1000,
      failed: status === 'failed',
    }));
    const hooks = (end - start) / 1000 - tests.reduce((sum, { seconds }) => sum + seconds, 0);
    const file = relative(this.rootDir, test.path);
    for (const slow of [...tests, { name: `${file}: hooks`, seconds: hooks, failed: false }])
      if (slow.seconds >= SLOW_SECONDS) this.slowTests.push(slow);
  }

  onRunComplete(_contexts, results) {
    const file = process.env.SERVICE_KIT_TIMINGS;
    const timings = existsSync(file)
      ? readFileSync(file, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];
    const files = [...this.files].sort((a, b) => b.seconds - a.seconds);
    const wall = (Date.now() - results.startTime) / 1000;
    const sections = [
      table([
        ['test file', 'seconds'],
        ...files.map(({ file: name, seconds, failed }) => [
          name,
          `${secondsOf(seconds)}${failed ? '!' : ''}`,
        ]),
        ['jest wall time', secondsOf(wall)],
      ]),
      table([
        [`tests of ${SLOW_SECONDS} s or more`, 'seconds'],
        ...[...this.slowTests]
          .sort((a, b) => b.seconds - a.seconds)
          .map(({ name, seconds, failed }) => [
            name.length > 110 ? `${name.slice(0, 109)}…` : name,
            `${secondsOf(seconds)}${failed ? '!' : ''}`,
          ]),
      ]),
      ...stepTables(timings),
    ];
    process.stderr.write(
      `\nWhere the time went (seconds; ! marks a failure):\n\n${sections.join('\n\n')}\n`,
    );
  }
}
