/**
 * A mistake of the person running the generator (a bad name, a clashing
 * directory, a broken answers file). The CLI prints its message as one line
 * and exits 1, without a stack trace; anything else is a bug and keeps its stack.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
