import { z } from 'zod';
import { AppError } from '../errors.js';
import { incomingReport, type IncomingReport, type RepositoryData } from './report.js';

/** How many failing items a 422 names: enough to fix a sender, not a copy of its upload. */
const NAMED_FAILURES = 10;

/** A report nests a few levels; far deeper is an attack on whatever walks it later. */
const MAX_DEPTH = 32;

const NOT_JSON = Symbol('not JSON');

/** An item is a report object, or that object as a JSON string, as the current sender posts. */
function itemValue(item: unknown): unknown {
  if (typeof item !== 'string') return item;
  try {
    return JSON.parse(item) as unknown;
  } catch {
    return NOT_JSON;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value nests deeper than `limit` objects and arrays; walked without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * The shapes senders post, as one `{name, data}`: a stored record
 * `{name, data, stored_at}` (a DynamoDB export of the Python service's
 * table) or the flat report the current sender posts. What the endpoint
 * `decided` replaces what an item says of the same fields.
 */
function asReport(value: unknown, decided: Partial<RepositoryData>): unknown {
  if (!isObject(value)) return value;
  if (isObject(value.data))
    return { name: value.name, data: { name: value.name, ...value.data, ...decided } };
  return { name: value.name, data: { ...value, ...decided } };
}

function problemOf(error: z.ZodError): string {
  const [issue] = error.issues;
  return issue ? `${issue.path.join('.') || 'the item'}: ${issue.message}` : 'invalid';
}

/**
 * The reports of a posted array, every item checked: 400 when the body is
 * not an array, 422 naming the first failing items by index. A repository
 * posted twice keeps its last report. `decided` holds what the endpoint
 * settles for every item (the v1 endpoints' privacy): an item cannot
 * override it.
 */
export function parseReports(
  body: unknown,
  decided: Partial<RepositoryData> = {},
): IncomingReport[] {
  if (!Array.isArray(body))
    throw new AppError('bad_request', 'Expected a JSON array of repository reports');
  const reports = new Map<string, IncomingReport>();
  const failures: { index: number; problem: string }[] = [];
  body.forEach((item, index) => {
    const value = itemValue(item);
    if (value === NOT_JSON) {
      failures.push({ index, problem: 'a string that is not JSON' });
      return;
    }
    if (nestsDeeperThan(value, MAX_DEPTH)) {
      failures.push({ index, problem: `nested deeper than ${MAX_DEPTH} levels` });
      return;
    }
    const parsed = incomingReport.safeParse(asReport(value, decided));
    if (parsed.success) reports.set(parsed.data.name, parsed.data);
    else failures.push({ index, problem: problemOf(parsed.error) });
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
