import { startService, type RunningService } from './start-service.js';

/** The eight standards the current reports sender checks. */
const reportStandards = [
  'administrators_require_review',
  'default_branch_main',
  'has_default_branch_protection',
  'has_description',
  'has_license',
  'has_require_approvals_enabled',
  'issues_section_enabled',
  'requires_approving_reviews',
];

/** A passing public report as the current sender builds it: flat, posted as a JSON string. */
export function senderReport(name: string): Record<string, unknown> {
  return {
    default_branch: 'main',
    infractions: [],
    is_private: false,
    last_push: '2026-01-05T09:30:00Z',
    name,
    report: Object.fromEntries(reportStandards.map((standard) => [standard, true])),
    status: true,
    url: `https://github.com/example-org/${name}`,
    topics: [],
  };
}

/** Posts `names` as one upload, as the sender does; resolves with the status, 0 for no answer. */
export function postReports(service: RunningService, apiKey: string, names: readonly string[]) {
  return fetch(`${service.url}/api/v2/update-github-reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'reports-service-layer',
      'X-API-KEY': apiKey,
    },
    body: JSON.stringify(names.map((name) => JSON.stringify(senderReport(name)))),
  }).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status;
    },
    () => 0,
  );
}

export interface SigtermFigures {
  uploads: number;
  answered2xx: number;
  /** Of those, the ones answered after SIGTERM: in flight when it came, and finished by the drain. */
  drained2xx: number;
  answered503: number;
  /** Refused connections, once the service stopped listening. */
  unanswered: number;
  exitCode: number | null;
  /** Uploads answered 2xx with a report missing after the restart. */
  lost: number;
  /** Uploads with some of their reports stored and some not. */
  half: number;
}

/**
 * `uploads` uploads of ten new repositories each: half sent at once, SIGTERM
 * once the first is answered, the other half sent right after it; then a
 * new process on the same data answers which reports it has.
 */
export async function uploadsAcrossSigterm(
  project: string,
  env: Record<string, string>,
  uploads: number,
): Promise<SigtermFigures> {
  const apiKey = env.API_KEYS ?? '';
  const run = Date.now().toString(36);
  const batches = Array.from({ length: uploads }, (_, upload) =>
    Array.from({ length: 10 }, (_, index) => `sigterm-${run}-${upload}-${index}`),
  );
  const service = await startService(project, env);
  let signalled = false;
  const answeredAfterSignal = new Set<number>();
  const early = batches.slice(0, uploads / 2).map((names, upload) =>
    postReports(service, apiKey, names).then((status) => {
      if (signalled) answeredAfterSignal.add(upload);
      return status;
    }),
  );
  await Promise.race(early);
  signalled = true;
  const stopped = service.stop('SIGTERM');
  // The second half arrives while the service drains: 503, or refused once it stopped listening.
  const late = batches.slice(uploads / 2).map((names) => postReports(service, apiKey, names));
  const statuses = await Promise.all([...early, ...late]);
  const exitCode = await stopped;

  const restarted = await startService(project, env);
  const stored: number[] = [];
  try {
    for (const names of batches) {
      const found = await Promise.all(
        names.map(async (name) => {
          const badge = await fetch(`${restarted.url}/api/v2/compliant-repository/${name}`);
          await badge.arrayBuffer();
          return badge.status === 200;
        }),
      );
      stored.push(found.filter(Boolean).length);
    }
  } finally {
    await restarted.stop('SIGTERM');
  }
  const ok = (status: number) => status >= 200 && status < 300;
  return {
    uploads,
    answered2xx: statuses.filter(ok).length,
    drained2xx: statuses.filter((status, upload) => ok(status) && answeredAfterSignal.has(upload))
      .length,
    answered503: statuses.filter((status) => status === 503).length,
    unanswered: statuses.filter((status) => status === 0).length,
    exitCode,
    lost: statuses.filter((status, upload) => ok(status) && stored[upload] !== 10).length,
    half: stored.filter((count) => count > 0 && count < 10).length,
  };
}
