/**
 * The service cannot start as configured: a bad environment, a database it
 * cannot reach, an unknown run mode. The message says what to fix, so it is
 * printed without a stack trace and the process exits with `exitCode`:
 * 1 for a problem of the environment, 2 for a request it does not understand.
 */
export class StartupError extends Error {
  override name = 'StartupError';
  readonly exitCode: 1 | 2;

  constructor(
    message: string,
    { exitCode = 1, ...options }: ErrorOptions & { exitCode?: 1 | 2 } = {},
  ) {
    super(message, options);
    this.exitCode = exitCode;
  }
}
