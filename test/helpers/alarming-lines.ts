/**
 * The lines of a successful run's output that read like a failure: npm's
 * warnings and errors (EBADENGINE, skipped install scripts), "error" or
 * "not found" in a message, Yeoman's `force` of a file. Lines that show an
 * HTTP answer (`GET /nope -> 404 {"error":...}`) are what was asked for.
 */
export function alarmingLines(output: string): string[] {
  const alarming = /^npm (warn|error)|\berror\b(?![-./])|not found|^\s*force /i;
  return output
    .split('\n')
    .filter((line) => !line.startsWith('GET /'))
    .filter((line) => alarming.test(line));
}
