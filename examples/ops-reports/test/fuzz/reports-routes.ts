import fc from 'fast-check';
import type { FuzzTarget } from '../helpers/fuzz-target.js';
import { v2Report } from '../helpers/sender-payloads.js';

const apiKey = 'fuzz-sender-key-0123456789abcdef';

/** A sender's report with some of its fields replaced by anything at all. */
const bentReport = fc
  .tuple(
    fc.nat(500),
    fc.dictionary(fc.constantFrom(...Object.keys(v2Report(0)), 'data', 'extra'), fc.jsonValue(), {
      maxKeys: 3,
    }),
  )
  .map(([index, bent]) => ({ ...v2Report(index), ...bent }));

/** The senders' uploads and the public API, with the sender's key half the time. */
export const reportsFuzz: FuzzTarget = {
  routes: [
    'POST /api/v2/update-github-reports',
    'POST /update_public_repositories',
    'POST /update_private_repositories',
    'GET /api/v2/compliant-repository/:name',
    'GET /api/v1/compliant_public_repositories/endpoint/:name',
    'GET /api/v1/compliant_public_repositories/:name',
    'POST /api/public-compliance-report',
  ],
  env: { API_KEYS: apiKey },
  credentials: { 'X-API-KEY': apiKey },
  bodies: fc.oneof(
    fc.array(
      bentReport.map((report) => JSON.stringify(report)),
      { maxLength: 10 },
    ),
    fc.array(bentReport, { maxLength: 10 }),
    fc.record({ repository_names: fc.oneof(fc.array(fc.string()), fc.jsonValue()) }),
  ),
};
