import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dataFolders: ['.data'],
  runtimeFolders: ['migrations'],
  dependencies: ['@electric-sql/pglite', 'node-pg-migrate', 'pg'],
  devDependencies: ['@types/pg'],
  env: [
    {
      name: 'DATABASE_URL',
      schema: 'z.url({ protocol: /^postgres(ql)?$/ }).optional()',
      expects: 'a postgres:// URL; unset (and no DB_HOST) runs PGlite on disk',
      example: '',
      docker: 'postgres://postgres:postgres@postgres:5432/app',
      // It carries the password.
      secret: true,
      production: 'the PostgreSQL server (or DB_HOST and its fellows); PGlite is refused',
    },
    {
      name: 'DB_HOST',
      schema: 'z.string().min(1).optional()',
      expects: 'the PostgreSQL host, when DATABASE_URL is not used',
      example: '',
    },
    {
      name: 'DB_PORT',
      schema: 'z.coerce.number().int().min(1).max(65535).default(5432)',
      expects: 'the PostgreSQL port, 1 to 65535',
      example: '5432',
    },
    {
      name: 'DB_USER',
      schema: 'z.string().min(1).optional()',
      expects: 'the PostgreSQL user',
      example: '',
    },
    {
      name: 'DB_PASSWORD',
      schema: 'z.string().optional()',
      expects: 'the PostgreSQL password (or DB_PASSWORD_FILE)',
      example: '',
      secret: true,
    },
    {
      name: 'DB_NAME',
      schema: 'z.string().min(1).optional()',
      expects: 'the PostgreSQL database',
      example: '',
    },
    {
      name: 'DB_POOL_SIZE',
      schema: 'z.coerce.number().int().min(1).max(100).default(10)',
      expects: 'how many connections the pool opens at most, 1 to 100',
      example: '10',
    },
    {
      name: 'MIGRATE_ON_START',
      schema: 'z.stringbool().default(false)',
      expects: 'true to apply pending migrations before serving (PGlite always does)',
      example: 'false',
      docker: 'true',
    },
    {
      name: 'PG_DATA_DIR',
      schema: "z.string().min(1).default('.data/pg')",
      expects: 'where the embedded PGlite keeps its data; memory:// keeps it in memory',
      example: '.data/pg',
    },
  ],
  deps: [
    {
      name: 'database',
      type: 'Database',
      factory: 'openDatabase',
      from: 'src/db/postgres.ts',
      async: true,
      close: 'closeDatabase',
    },
  ],
  composeServices: [
    {
      name: 'postgres',
      image: 'postgres:16.4-alpine',
      port: 5432,
      environment: { POSTGRES_PASSWORD: 'postgres', POSTGRES_DB: 'app' },
      ciEnv: { DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5432/app' },
      healthcheck: 'pg_isready -U postgres -d app',
      volume: '/var/lib/postgresql/data',
    },
  ],
  menuActions: [
    {
      group: 'Database',
      label: 'Apply pending migrations',
      run: ['npm', 'run', 'manage', '--', 'db', 'migrate'],
    },
    {
      group: 'Database',
      label: 'Undo the latest migration',
      run: ['npm', 'run', 'manage', '--', 'db', 'rollback'],
    },
    {
      group: 'Database',
      label: 'Write a new migration',
      run: ['npm', 'run', 'manage', '--', 'db', 'new'],
      input: { message: 'Migration name (e.g. add-orders)' },
    },
  ],
  startup: [{ name: 'migrateOnStart', from: 'src/db/postgres.ts' }],
  commands: [
    { name: 'dbMigrate', from: 'src/cli/postgres-commands.ts' },
    { name: 'dbRollback', from: 'src/cli/postgres-commands.ts' },
    { name: 'dbNew', from: 'src/cli/postgres-commands.ts' },
  ],
  testEnv: { PG_DATA_DIR: 'memory://' },
  layout: [{ path: 'migrations/', holds: 'SQL migrations, applied in name order' }],
  readme: [{ title: 'PostgreSQL', partial: 'postgres.md' }],
};

/** PostgreSQL: engine choice, the Database port, SQL migrations and their commands. */
export default {
  summary: 'PostgreSQL: PGlite on disk until DATABASE_URL is set; SQL migrations under migrations/',
  stage: 'platform',
  choice: {
    answer: 'database',
    value: 'postgres',
    label: 'PostgreSQL: PGlite on disk, or a server at DATABASE_URL',
  },
  // Databases are managed from the command line.
  brings: ['db-embedded', 'manage', 'startup-retry'],
  contribution,
  nextSteps: [
    'set DATABASE_URL in .env to use a PostgreSQL server; without it the service runs on PGlite under .data/pg',
  ],
} satisfies FeatureDeclaration;
