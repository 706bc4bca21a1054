import { createDynamoDataRows } from '../../src/data/dynamodb-data-rows.js';
import { dataRowsContract } from '../helpers/data-rows-contract.js';
import { dynamoEngines } from '../helpers/test-dynamodb.js';

describe.each(dynamoEngines())('data rows on $name', (engine) => {
  dataRowsContract(async () => {
    const dynamodb = await engine.open();
    return { rows: createDynamoDataRows({ dynamodb }), close: () => dynamodb.close() };
  });
});
