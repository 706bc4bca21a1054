/** Something SQL can be sent to: the database, or one connection of it. */
export interface Sql {
  /**
   * One statement with `$1`-style parameters; without parameters, a script
   * of several statements (the last one's rows come back).
   */
  query<Row extends object = Record<string, unknown>>(
    text: string,
    values?: readonly unknown[],
  ): Promise<{ rows: Row[] }>;
}

/**
 * The service's PostgreSQL, whichever engine runs it: a `pg` pool on a
 * server, or PGlite in this process. Same SQL, same migrations on both.
 */
export interface Database extends Sql {
  engine: 'postgres' | 'pglite';
  /** Where the data is, for logs and messages: host and database, or the PGlite folder. */
  location: string;
  /** Runs `work` on one connection held for its length, which session locks and transactions need. */
  session<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
