export interface Page<Row> {
  rows: Row[];
  /** The id the next page starts at, or null on the last page. */
  nextId: number | null;
}

/**
 * One page of rows ordered by id, starting at `startId` (the `next-id` a
 * previous page handed out). Keyset paging: stable while rows are added.
 */
export function readPage<Row extends { id: number }>(
  rows: readonly Row[],
  { startId, pageSize }: { startId: number; pageSize: number },
): Page<Row> {
  const remaining = rows.filter((row) => row.id >= startId).sort((a, b) => a.id - b.id);
  const page = remaining.slice(0, pageSize);
  return { rows: page, nextId: remaining[pageSize]?.id ?? null };
}
