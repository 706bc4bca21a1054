import type { Database } from '../db/sql.js';
import type { DataRow, DataRows } from './data-rows.js';

export type { DataRows };

/** The data API rows in the sample_rows table (migrations/*_create-sample-rows.sql). */
export function createPostgresDataRows({ database }: { database: Database }): DataRows {
  return {
    async readPage({ startId, pageSize }) {
      // One row more than a page says whether another page follows, and where it starts.
      const { rows } = await database.query<DataRow>(
        `SELECT id, country, iso_code AS "isoCode", capital, population_millions AS "populationMillions"
         FROM sample_rows WHERE id >= $1 ORDER BY id LIMIT $2`,
        [startId, pageSize + 1],
      );
      return { rows: rows.slice(0, pageSize), nextId: rows[pageSize]?.id ?? null };
    },
  };
}
