import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  dependencies: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'dynalite'],
  env: [
    {
      name: 'DYNAMODB_ENDPOINT',
      schema: 'z.url({ protocol: /^https?$/ }).optional()',
      expects:
        'an http(s) URL of DynamoDB Local, LocalStack or another endpoint; unset uses AWS in production, dynalite otherwise',
      example: '',
    },
    {
      name: 'DYNAMODB_REGION',
      schema: 'z.string().min(1).optional()',
      expects: 'an AWS region such as eu-west-2; overrides the AWS default chain',
      example: '',
    },
    {
      name: 'DYNAMODB_ACCESS_KEY_ID',
      schema: 'z.string().min(1).optional()',
      expects:
        'an AWS access key id; set with DYNAMODB_SECRET_ACCESS_KEY, or neither for the AWS default chain',
      example: '',
    },
    {
      name: 'DYNAMODB_SECRET_ACCESS_KEY',
      schema: 'z.string().min(1).optional()',
      expects: 'the AWS secret access key of DYNAMODB_ACCESS_KEY_ID',
      example: '',
      secret: true,
    },
    {
      name: 'DYNAMODB_TABLE_PREFIX',
      schema: "z.string().regex(/^[\\w.-]*$/).default('')",
      expects:
        'letters, digits, dots, dashes or underscores put before every table name, e.g. staging-',
      example: '',
    },
    {
      name: 'DYNAMODB_DATA_DIR',
      schema: "z.string().min(1).default('.data/dynamodb')",
      expects: 'where the embedded dynalite keeps its data; memory:// keeps it in memory',
      example: '.data/dynamodb',
    },
  ],
  deps: [
    {
      name: 'dynamodb',
      type: 'Dynamo',
      factory: 'openDynamo',
      from: './db/dynamodb.js',
      async: true,
      close: 'closeDynamo',
    },
  ],
  startup: [{ name: 'prepareEmbeddedTables', from: './db/dynamodb.js' }],
  commands: [
    { name: 'dbCreate', from: './dynamodb-commands.js' },
    { name: 'dbDrop', from: './dynamodb-commands.js' },
    { name: 'dbSeed', from: './dynamodb-commands.js' },
  ],
  testEnv: { DYNAMODB_DATA_DIR: 'memory://' },
  readme: [{ title: 'DynamoDB', partial: 'dynamodb.md' }],
};
