import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { IN_MEMORY, lockDataDir } from './embedded-lock.js';
import type { Database, Sql } from './sql.js';

/**
 * A new in-memory database starts from a saved blank cluster: loading one
 * takes under a second, where PGlite's initdb takes three or more. The
 * cluster is saved once per machine (in the temp folder, keyed by the
 * PGlite build) and reused by every test and every process after.
 */
async function blankCluster(): Promise<Blob> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const packageJson = join(dirname(entry), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const file = join(tmpdir(), `pglite-${version}-blank-cluster.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const fresh = await PGlite.create();
  const dump = await fresh.dumpDataDir('none');
  await fresh.close();
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
  renameSync(temporary, file);
  return dump;
}

/**
 * PGlite in this process, its data under `dataDir` (or in memory). PGlite
 * has one connection, so every query, session and transaction goes through
 * one queue: a session's statements never interleave with another caller's.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === IN_MEMORY;
  const release = await lockDataDir(dataDir, 'PGlite');
  let pglite: PGlite;
  try {
    pglite = inMemory
      ? await PGlite.create({ loadDataDir: await blankCluster() })
      : await PGlite.create(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const direct: Sql = {
    async query<Row extends object>(text: string, values?: readonly unknown[]) {
      if (values?.length) return pglite.query<Row>(text, [...values]);
      const results = await pglite.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Row[] };
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    engine: 'pglite',
    location: dataDir,
    query: (text, values) => exclusive(() => direct.query(text, values)),
    session: (work) => exclusive(() => work(direct)),
    async close() {
      await exclusive(() => pglite.close());
      release();
    },
  };
}
