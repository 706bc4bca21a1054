import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manageWith } from '../helpers/manage.js';
import { testDeps } from '../helpers/test-deps.js';

const deps = await testDeps();

const manage = manageWith(deps);

describe('npm run manage -- db', () => {
  it('migrate: nothing is pending on a database that started migrated', async () => {
    expect(await manage('db', 'migrate')).toEqual({ code: 0, output: 'no pending migration' });
  });

  it('rollback: undoes the latest migration, and migrate brings it back', async () => {
    const rolledBack = await manage('db', 'rollback');
    expect(rolledBack.code).toBe(0);
    // A service may have no migration yet; then there is nothing to undo or redo.
    const undone = /^undid (\S+)$/.exec(rolledBack.output)?.[1];
    expect(await manage('db', 'migrate')).toEqual({
      code: 0,
      output: undone ? `applied ${undone}` : 'no pending migration',
    });
  });

  it('rollback: refuses a count that is not a whole number', async () => {
    expect((await manage('db', 'rollback', '--count', 'all')).code).toBe(2);
  });

  it('new: writes an empty migration with both sections, named for now', async () => {
    // In a scratch folder, so no other test's migrate run picks the new file up.
    const projectDir = process.cwd();
    process.chdir(mkdtempSync(join(tmpdir(), 'project-')));
    try {
      const { code, output } = await manage('db', 'new', 'add-orders');
      const file = output.replace(/^wrote /, '');
      expect(code).toBe(0);
      expect(file).toMatch(/^migrations\/\d{17}_add-orders\.sql$/);
      expect(readFileSync(file, 'utf8')).toContain('-- Down Migration');
    } finally {
      process.chdir(projectDir);
    }
  });

  it('new: refuses a name that would make an awkward file name', async () => {
    const { code, output } = await manage('db', 'new', 'Add Orders!');
    expect(code).toBe(2);
    expect(output).toContain('lower-case letters, digits and dashes');
  });
});
