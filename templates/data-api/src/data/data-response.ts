import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { DataRow, DataRows } from './data-rows.js';
import { orient, orientations } from './orientation.js';

const headers: (keyof DataRow)[] = ['id', 'country', 'isoCode', 'capital', 'populationMillions'];

export const dataQuery = z.object({
  orientation: z.enum(orientations).default('tabular'),
  'next-id': z.coerce.number().int().positive().default(1),
});

function parseQuery(req: Request) {
  const result = dataQuery.safeParse(req.query);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.path[0] === 'orientation'
      ? `orientation must be one of ${orientations.join(', ')}`
      : 'next-id must be a positive whole number',
  );
  throw new AppError('bad_request', problems.join('; '));
}

/**
 * One page of the data in the orientation the caller asked for, with
 * `next`: the URL of the following page, or null on the last one.
 */
export async function dataResponse(req: Request, dataRows: DataRows, pageSize: number) {
  const query = parseQuery(req);
  const page = await dataRows.readPage({ startId: query['next-id'], pageSize });
  const nextQuery = new URLSearchParams({
    orientation: query.orientation,
    'next-id': String(page.nextId),
  });
  const next = page.nextId === null ? null : `${req.baseUrl}${req.path}?${nextQuery}`;
  return { ...orient(page.rows, headers, query.orientation), next };
}
