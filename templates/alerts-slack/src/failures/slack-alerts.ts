import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import { packageInfo } from '../version.js';
import { AlertWindow } from './alert-window.js';
import type { Failure, FailureReporterFactory } from './failure.js';

const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 500;
/** The longest Retry-After honoured: a longer one would outlive the failure it is about. */
const LONGEST_WAIT_MS = 30_000;

/**
 * Text as Slack shows it, never as markup: `<!everyone>`, `<!channel>` and
 * `<@U123>` mention people only in angle brackets, and Slack reads `&`,
 * `<` and `>` escaped as the characters themselves.
 */
export const slackEscaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function alertText({ kind, error, task }: Failure, environment: string): string {
  const what = kind === 'task' ? `task ${task ?? '?'} failed` : 'the service failed to start';
  return `${packageInfo.name} (${environment}): ${what}: ${messageOf(error)}`;
}

/** Why a post may work if tried again, or undefined when it will not. */
function retryAfterMs(status: number, retryAfter: string | null, attempt: number) {
  if (status !== 429 && status < 500) return undefined;
  const seconds = Number(retryAfter);
  const wanted =
    retryAfter && Number.isFinite(seconds) ? seconds * 1000 : FIRST_BACKOFF_MS * 2 ** attempt;
  return Math.min(wanted, LONGEST_WAIT_MS);
}

/** Posts `text` to the webhook, retrying network errors, 5xx and 429 with backoff. */
async function post(url: string, text: string, logger: Logger): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    let wait: number | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return;
      wait = retryAfterMs(response.status, response.headers.get('retry-after'), attempt);
      if (wait === undefined) {
        logger.error({ status: response.status }, 'Slack refused an alert');
        return;
      }
    } catch (error) {
      wait = FIRST_BACKOFF_MS * 2 ** attempt;
      if (attempt === ATTEMPTS - 1) logger.error({ err: error }, 'cannot reach Slack to alert');
    }
    if (attempt < ATTEMPTS - 1) await sleep(wait);
  }
}

/**
 * Slack alerts for failed tasks and failed starts, to SLACK_WEBHOOK_URL, at
 * most SLACK_ALERTS_PER_MINUTE a minute. 5xx answers are for an error
 * tracker, not a channel. Without a URL, alerts are log lines.
 */
export const openSlackAlerts: FailureReporterFactory = (config, logger) => {
  const url = config.SLACK_WEBHOOK_URL;
  const inFlight = new Set<Promise<void>>();
  const send = (text: string) => {
    if (!url) return logger.warn({ alert: text }, 'alert (SLACK_WEBHOOK_URL is not set)');
    const sending = post(url, slackEscaped(text), logger).finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };
  const window = new AlertWindow(config.SLACK_ALERTS_PER_MINUTE, (held) => {
    const counts = [...held].map(([kind, count]) => `${count} ${kind}`).join(', ');
    send(
      `${packageInfo.name} (${config.NODE_ENV}): alerts held back in the last minute: ${counts}`,
    );
  });
  const flush = async (timeoutMs: number) => {
    window.close();
    const timeout = sleep(timeoutMs, undefined, { ref: false });
    await Promise.race([Promise.all(inFlight), timeout]);
  };
  return Promise.resolve({
    report(failure) {
      if (failure.kind === 'request') return;
      if (window.admit(failure.kind)) send(alertText(failure, config.NODE_ENV));
    },
    flush,
    // Flushing ends the minute, and its timer with it: nothing else is held.
    close: flush,
  });
};
