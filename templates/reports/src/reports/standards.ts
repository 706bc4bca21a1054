/**
 * The standards senders are known to report, in the order pages show them,
 * each with what a pass and a failure mean in words. The current sender
 * reports eight of them, the v1 sender seven (with code owner reviews).
 */
export const knownStandards: Readonly<Record<string, { pass: string; fail: string }>> = {
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
};

export type StandardResult = 'pass' | 'fail' | 'not checked';

export interface CheckedStandard {
  name: string;
  result: StandardResult;
  /** What the result means: the failure's words for a fail, the standard's own otherwise. */
  words: string;
}

/** `has_security_policy` -> `Has security policy`: words for a standard a sender added. */
const humanised = (name: string) => {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function wordsOf(name: string) {
  const known = knownStandards[name];
  if (known) return known;
  const words = humanised(name);
  return { pass: words, fail: `Fails: ${words.charAt(0).toLowerCase()}${words.slice(1)}` };
}

/**
 * Every standard of a report: each boolean the sender reported (known ones
 * first, in their order, then the others as sent), and each known one it
 * did not report as "not checked", neither passed nor failed.
 */
export function checkStandards(results: Readonly<Record<string, unknown>>): CheckedStandard[] {
  const reported = Object.keys(results).filter((name) => typeof results[name] === 'boolean');
  const others = reported.filter((name) => !(name in knownStandards));
  return [...Object.keys(knownStandards), ...others].map((name) => {
    const words = wordsOf(name);
    const value = results[name];
    if (typeof value !== 'boolean') return { name, result: 'not checked', words: words.pass };
    return value
      ? { name, result: 'pass', words: words.pass }
      : { name, result: 'fail', words: words.fail };
  });
}
