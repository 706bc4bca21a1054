/**
 * The two shapes a table travels in. `tabular` names the columns once and
 * is the smaller payload; `records` repeats them per row and is easier to
 * consume (pandas calls these `split` and `records`).
 */
export const orientations = ['tabular', 'records'] as const;
export type Orientation = (typeof orientations)[number];

export type Tabular = { headers: string[]; values: unknown[][] };
export type Records<Row> = { results: Row[] };

export function orient<Row extends object>(
  rows: readonly Row[],
  headers: readonly (keyof Row & string)[],
  orientation: Orientation,
): Tabular | Records<Row> {
  if (orientation === 'records') return { results: [...rows] };
  return { headers: [...headers], values: rows.map((row) => headers.map((header) => row[header])) };
}
