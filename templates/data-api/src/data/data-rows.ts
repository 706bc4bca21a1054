/** A row of the data set; `id` orders and pages it. */
export interface DataRow {
  id: number;
  country: string;
  isoCode: string;
  capital: string;
  populationMillions: number;
}

export interface Page {
  rows: DataRow[];
  /** The id the next page starts at, or null on the last page. */
  nextId: number | null;
}

/**
 * Where the data API reads its rows: in process, a DynamoDB table or a
 * PostgreSQL table, one adapter each. Keyset paging: a page starts at an
 * id, so pages stay stable while rows are added.
 */
export interface DataRows {
  readPage(query: { startId: number; pageSize: number }): Promise<Page>;
}
