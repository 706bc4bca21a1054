/**
 * At most `limit` alerts a minute: the rest are held back and counted, and
 * told in one summary when the minute is over (or the process ends), so a
 * flood of failures is one line in the channel, not hundreds.
 */
export class AlertWindow {
  private sent = 0;
  private held = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limit: number,
    private readonly summarise: (held: ReadonlyMap<string, number>) => void,
    private readonly windowMs = 60_000,
  ) {}

  /** True when an alert of `kind` may go now; false when it is held back and counted. */
  admit(kind: string): boolean {
    this.timer ??= setTimeout(() => this.close(), this.windowMs).unref();
    if (this.sent < this.limit) {
      this.sent += 1;
      return true;
    }
    this.held.set(kind, (this.held.get(kind) ?? 0) + 1);
    return false;
  }

  /** Ends the window: tells what was held back, if anything, and starts counting afresh. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sent = 0;
    if (this.held.size === 0) return;
    const held = this.held;
    this.held = new Map();
    this.summarise(held);
  }
}
