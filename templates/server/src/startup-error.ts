/**
 * The service cannot start as configured: a bad environment, a database it
 * cannot reach. The message says what to fix, so it is printed without a
 * stack trace and the process exits 1.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
