import type { ErrorEvent } from '@sentry/node';
import { packageInfo } from '../version.js';
import type { Failure, FailureReporterFactory } from './failure.js';

/**
 * What of a request may leave the process: its method and path. Events
 * are built from the failure alone, so nothing else is in them; this is
 * the second lock, in case an SDK update adds request data by itself.
 */
export function scrubbed(event: ErrorEvent): ErrorEvent {
  if (event.request) {
    const { method, url } = event.request;
    event.request = { method, url: url?.split('?')[0] };
  }
  delete event.user;
  return event;
}

const tagsOf = ({ kind, request, task }: Failure): Record<string, string> => ({
  failure: kind,
  ...(request && {
    request_id: request.id,
    'http.method': request.method,
    'http.status_code': String(request.status),
    route: request.path,
  }),
  ...(task && { task }),
});

/** Sentry, when SENTRY_DSN is set: each failure an event, tagged with what failed. */
export const openSentry: FailureReporterFactory = async (config, logger) => {
  if (!config.SENTRY_DSN) return undefined;
  // Loaded only with a DSN: the SDK takes over a second to load, and without one it has nothing to do.
  const Sentry = await import('@sentry/node');
  Sentry.init({
    dsn: config.SENTRY_DSN,
    release: `${packageInfo.name}@${packageInfo.version}`,
    environment: config.SENTRY_ENVIRONMENT ?? config.NODE_ENV,
    // No instrumentation of its own (no integrations, no module hooks): only the failures
    // reported here are sent, and the modules the service loads stay as they are.
    defaultIntegrations: false,
    enableRuntimeChannelInjection: false,
    // Nor reports of its own about dropped events, which keep a timer and an exit listener.
    sendClientReports: false,
    // And were an integration ever added, it would collect nothing of users or requests.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
    },
    beforeSend: scrubbed,
  });
  logger.info({ sentry: new URL(config.SENTRY_DSN).host }, 'failures are reported to Sentry');
  return {
    report(failure) {
      Sentry.withScope((scope) => {
        scope.setTags(tagsOf(failure));
        Sentry.captureException(failure.error);
      });
    },
    async flush(timeoutMs) {
      await Sentry.flush(timeoutMs);
    },
    async close(timeoutMs) {
      await Sentry.close(timeoutMs);
    },
  };
};
