/**
 * What a failed start printed besides its JSON log lines, as an operator
 * reads it in a pod's log (there should be one line), and any stack frame
 * (there should be none).
 */
export function failedStart(output: string) {
  const lines = output.trim().split('\n');
  return {
    message: lines.filter((line) => !line.startsWith('{')),
    stackFrames: lines.filter((line) => /^\s+at /.test(line)),
  };
}

/** The start ended with exit 1 and one line matching `line`, with no stack frame. */
export function expectOneLineFailure(
  { code, output }: { code: number | null; output: string },
  line: RegExp,
): void {
  expect(code).toBe(1);
  const { message, stackFrames } = failedStart(output);
  expect(stackFrames).toEqual([]);
  expect(message).toHaveLength(1);
  expect(message[0]).toMatch(line);
}
