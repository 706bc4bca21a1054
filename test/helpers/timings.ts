import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Where the suite's time goes, step by step: each record is one step of one
 * combination in one part of the suite (the matrix, the e2e), appended as a
 * JSON line to the file the timings reporter (scripts/timings-reporter.js)
 * names in SERVICE_KIT_TIMINGS and prints as a table when the run ends.
 */
export interface Timing {
  part: string;
  combination: string;
  step: string;
  seconds: number;
  failed?: boolean;
}

export function recordTiming(timing: Timing): void {
  const file = process.env.SERVICE_KIT_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify(timing)}\n`);
}

/** Runs `work` and records how long it took, failed or not. */
export async function timed<T>(
  part: string,
  combination: string,
  step: string,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  let failed = true;
  try {
    const result = await work();
    failed = false;
    return result;
  } finally {
    const seconds = (performance.now() - started) / 1000;
    recordTiming({ part, combination, step, seconds, ...(failed && { failed }) });
  }
}
