import { z } from 'zod';

/** GitHub's rule for repository names; it also keeps the store's own records (`#...`) apart. */
export const repositoryName = z
  .string()
  .regex(/^[\w.-]{1,100}$/, 'expected a GitHub repository name: letters, digits, . - or _');

/**
 * The standards a repository is checked against, in the order pages show
 * them, each with what a pass and a failure mean in words.
 */
export const standards = {
  default_branch_main: {
    pass: 'Default branch is main',
    fail: 'Default branch is not main',
  },
  has_default_branch_protection: {
    pass: 'Default branch is protected',
    fail: 'Default branch is not protected',
  },
  requires_approving_reviews: {
    pass: 'Pull requests need an approving review',
    fail: 'Pull requests do not need an approving review',
  },
  administrators_require_review: {
    pass: 'Administrators need reviews too',
    fail: 'Administrators can merge without a review',
  },
  issues_section_enabled: {
    pass: 'Issues are enabled',
    fail: 'Issues are disabled',
  },
  requires_code_owner_reviews: {
    pass: 'Code owners must review',
    fail: 'Code owner review is not required',
  },
  has_require_approvals_enabled: {
    pass: 'Approvals are required',
    fail: 'Approvals are not required',
  },
  has_license: { pass: 'Has a licence', fail: 'Has no licence' },
  has_description: { pass: 'Has a description', fail: 'Has no description' },
} as const;

export type Standard = keyof typeof standards;

const standardResults = z.looseObject(
  Object.fromEntries(Object.keys(standards).map((name) => [name, z.boolean()])) as Record<
    Standard,
    z.ZodBoolean
  >,
);

/** One repository's data as the sender reports it; fields we do not know are kept. */
export const repositoryData = z.looseObject({
  name: repositoryName,
  url: z.url(),
  default_branch: z.string(),
  is_private: z.boolean(),
  status: z.boolean(),
  last_push: z.string(),
  report: standardResults,
  infractions: z.array(z.unknown()),
});

export const incomingReport = z.looseObject({ name: repositoryName, data: repositoryData });

export type IncomingReport = z.infer<typeof incomingReport>;

/** A report as stored and shown: what was sent, and when it was stored (ISO 8601, UTC). */
export type Report = IncomingReport & { stored_at: string };

/** The standards a report fails, in words. */
export const failedStandards = (report: Report): string[] =>
  Object.entries(standards)
    .filter(([name]) => !report.data.report[name as Standard])
    .map(([, words]) => words.fail);
