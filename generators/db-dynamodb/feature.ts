import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dataFolders: ['.data'],
  dependencies: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'abstract-level', 'dynalite'],
  env: [
    {
      name: 'DYNAMODB_ENDPOINT',
      schema: 'z.url({ protocol: /^https?$/ }).optional()',
      expects:
        'an http(s) URL of DynamoDB Local, LocalStack or another endpoint; unset uses AWS in production, dynalite otherwise',
      example: '',
      docker: 'http://dynamodb:8000',
    },
    {
      name: 'DYNAMODB_REGION',
      schema: 'z.string().min(1).optional()',
      expects: 'an AWS region such as eu-west-2; overrides the AWS default chain',
      example: '',
      docker: 'eu-west-2',
      production: "AWS's region, or DYNAMODB_ENDPOINT for another DynamoDB; dynalite is refused",
    },
    {
      name: 'DYNAMODB_ACCESS_KEY_ID',
      schema: 'z.string().min(1).optional()',
      expects:
        'an AWS access key id; set with DYNAMODB_SECRET_ACCESS_KEY, or neither for the AWS default chain',
      example: '',
      docker: 'local',
    },
    {
      name: 'DYNAMODB_SECRET_ACCESS_KEY',
      schema: 'z.string().min(1).optional()',
      expects: 'the AWS secret access key of DYNAMODB_ACCESS_KEY_ID',
      example: '',
      docker: 'local',
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
      name: 'DYNAMODB_CREATE_TABLES',
      schema: 'z.stringbool().default(false)',
      expects:
        'true to create and seed the missing tables at start (the embedded dynalite always does)',
      example: 'false',
      docker: 'true',
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
      from: 'src/db/dynamodb.ts',
      async: true,
      close: 'closeDynamo',
    },
  ],
  composeServices: [
    {
      name: 'dynamodb',
      image: 'amazon/dynamodb-local:2.5.3',
      port: 8000,
      command: '-jar DynamoDBLocal.jar -sharedDb -dbPath /home/dynamodblocal/data',
      ciEnv: {
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
        DYNAMODB_REGION: 'eu-west-2',
        DYNAMODB_ACCESS_KEY_ID: 'local',
        DYNAMODB_SECRET_ACCESS_KEY: 'local',
      },
      healthcheck: 'bash -c "exec 3<>/dev/tcp/127.0.0.1/8000"',
      volume: '/home/dynamodblocal/data',
    },
  ],
  menuActions: [
    {
      group: 'Database',
      label: 'Create missing tables',
      run: ['npm', 'run', 'manage', '--', 'db', 'create'],
    },
    {
      group: 'Database',
      label: 'Seed from a batch-write-item file',
      run: ['npm', 'run', 'manage', '--', 'db', 'seed'],
      input: { message: 'Seed file' },
    },
  ],
  startup: [{ name: 'prepareTables', from: 'src/dynamodb-tables.ts' }],
  commands: [
    { name: 'dbCreate', from: 'src/cli/dynamodb-commands.ts' },
    { name: 'dbDrop', from: 'src/cli/dynamodb-commands.ts' },
    { name: 'dbSeed', from: 'src/cli/dynamodb-commands.ts' },
  ],
  testEnv: { DYNAMODB_DATA_DIR: 'memory://' },
  layout: [
    { path: 'src/dynamodb-tables.ts', holds: 'every DynamoDB table the stores use' },
    { path: 'src/types/', holds: 'types for modules that ship none' },
  ],
  readme: [{ title: 'DynamoDB', partial: 'dynamodb.md' }],
};

/** DynamoDB: engine choice, tables defined in code, create/drop/seed commands. */
export default {
  summary:
    'DynamoDB: dynalite in process until DYNAMODB_ENDPOINT or a production region is set; tables in code',
  stage: 'platform',
  choice: {
    answer: 'database',
    value: 'dynamodb',
    label: 'DynamoDB: dynalite on disk, or AWS or DYNAMODB_ENDPOINT',
  },
  // Databases are managed from the command line.
  brings: ['db-embedded', 'manage', 'startup-retry'],
  contribution,
} satisfies FeatureDeclaration;
