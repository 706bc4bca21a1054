import { z } from 'zod';
import { AppError } from '../errors.js';
import { incomingReport, type IncomingReport } from './report.js';

/** How many failing items a 422 names: enough to fix a sender, not a copy of its upload. */
const NAMED_FAILURES = 10;

/** An item is a report object, or that object as a JSON string, as the current sender posts. */
function itemValue(item: unknown): unknown {
  if (typeof item !== 'string') return item;
  try {
    return JSON.parse(item) as unknown;
  } catch {
    return Symbol('not JSON');
  }
}

function problemOf(value: unknown, error: z.ZodError): string {
  if (typeof value === 'symbol') return 'a string that is not JSON';
  const [issue] = error.issues;
  return issue ? `${issue.path.join('.') || 'the item'}: ${issue.message}` : 'invalid';
}

/**
 * The reports of a posted array, every item checked: 400 when the body is
 * not an array, 422 naming the first failing items by index. A repository
 * posted twice keeps its last report.
 */
export function parseReports(body: unknown): IncomingReport[] {
  if (!Array.isArray(body))
    throw new AppError('bad_request', 'Expected a JSON array of repository reports');
  const reports = new Map<string, IncomingReport>();
  const failures: { index: number; problem: string }[] = [];
  body.forEach((item, index) => {
    const value = itemValue(item);
    const parsed = incomingReport.safeParse(value);
    if (parsed.success) reports.set(parsed.data.name, parsed.data);
    else failures.push({ index, problem: problemOf(value, parsed.error) });
  });
  if (failures.length > 0) {
    const shown = failures.slice(0, NAMED_FAILURES);
    throw new AppError(
      'invalid_reports',
      `${failures.length} of ${body.length} reports do not match the report schema; the first is item ${shown[0]?.index}`,
      shown,
    );
  }
  return [...reports.values()];
}
