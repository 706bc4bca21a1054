/**
 * One page of rows ordered by id, starting at `startId` (the `next-id` a
 * previous page handed out), and the id the page after it starts at.
 */
export function readPage<Row extends { id: number }>(
  rows: readonly Row[],
  { startId, pageSize }: { startId: number; pageSize: number },
): { rows: Row[]; nextId: number | null } {
  const remaining = rows.filter((row) => row.id >= startId).sort((a, b) => a.id - b.id);
  const page = remaining.slice(0, pageSize);
  return { rows: page, nextId: remaining[pageSize]?.id ?? null };
}
