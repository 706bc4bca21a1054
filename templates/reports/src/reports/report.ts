import { z } from 'zod';
import { checkStandards, knownStandards } from './standards.js';

/**
 * GitHub's rule for repository names (`.` and `..` are not names); it also
 * keeps the store's own records (`#...`) apart.
 */
export const repositoryName = z
  .string()
  .regex(/^[\w.-]{1,100}$/, 'expected a GitHub repository name: letters, digits, . - or _')
  .refine(
    (name) => name !== '.' && name !== '..',
    'expected a GitHub repository name, not . or ..',
  );

/** Pages link to it, so only a web address: never javascript: or data:. */
const webAddress = z.url({ protocol: /^https?$/, error: 'expected an http or https URL' });

/** Compliance as the sender decided it: a boolean (v2), or PASS / FAIL (v1). */
const status = z.union([
  z.boolean(),
  z.enum(['PASS', 'FAIL']).transform((value) => value === 'PASS'),
]);

/** Any boolean here is a standard; a known one the sender left out is not checked. */
const standardResults = z.looseObject(
  Object.fromEntries(Object.keys(knownStandards).map((name) => [name, z.boolean().optional()])),
);

/** One repository's data as senders report it; fields we do not know are kept. */
export const repositoryData = z.looseObject({
  name: repositoryName,
  url: webAddress,
  default_branch: z.string().max(255),
  is_private: z.boolean(),
  status,
  // GitHub has no push time for an empty repository.
  last_push: z.string().max(64).nullable(),
  report: standardResults,
  infractions: z.array(z.unknown()).default([]),
});

export type RepositoryData = z.infer<typeof repositoryData>;

export const incomingReport = z
  .object({ name: repositoryName, data: repositoryData })
  .refine((report) => report.data.name === report.name, {
    path: ['data', 'name'],
    message: 'differs from the name of the report',
  });

export type IncomingReport = z.infer<typeof incomingReport>;

/** A report as stored and shown: what was sent, and when it was stored (ISO 8601, UTC). */
export type Report = IncomingReport & { stored_at: string };

/** The standards a report fails, in words. */
export const failedStandards = (report: Report): string[] =>
  checkStandards(report.data.report)
    .filter((standard) => standard.result === 'fail')
    .map((standard) => standard.words);
