/**
 * Calls `stop` once, on the first SIGTERM or SIGINT. A terminal's Ctrl-C
 * reaches every process of its group and an orchestrator may signal twice;
 * either way a mode drains once.
 */
export function onStopSignal(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}

/**
 * Ends the process once the event loop has emptied, so the asynchronous log
 * writes land in order; if anything still holds it a second later, exits regardless.
 */
export function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(), 1000).unref();
}
