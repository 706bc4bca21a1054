import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from '../db/dynamodb.js';
import type { TableDefinition } from '../db/table-definition.js';
import type { DataRow, DataRows } from './data-rows.js';

export type { DataRows };

/**
 * One partition per data set, rows sorted by id within it: a page is one
 * Query from the id it starts at, never a Scan.
 */
export const sampleRowsTable: TableDefinition = {
  name: 'sample_rows',
  partitionKey: { name: 'dataset', type: 'S' },
  sortKey: { name: 'id', type: 'N' },
  seedFile: 'seeds/sample-rows.json',
};

const DATASET = 'sample';

/** The data API rows in the sample_rows table. */
export function createDynamoDataRows({ dynamodb }: { dynamodb: Dynamo }): DataRows {
  const TableName = dynamodb.tableName(sampleRowsTable);
  return {
    async readPage({ startId, pageSize }) {
      // One row more than a page says whether another page follows, and where it starts.
      const { Items = [] } = await dynamodb.documents.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'dataset = :dataset AND id >= :startId',
          ExpressionAttributeValues: { ':dataset': DATASET, ':startId': startId },
          Limit: pageSize + 1,
        }),
      );
      const rows = (Items as DataRow[]).map(
        ({ id, country, isoCode, capital, populationMillions }) => ({
          id,
          country,
          isoCode,
          capital,
          populationMillions,
        }),
      );
      return { rows: rows.slice(0, pageSize), nextId: rows[pageSize]?.id ?? null };
    },
  };
}
