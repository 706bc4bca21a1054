import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import helpers from 'yeoman-test';
import { repoRoot } from '../helpers/generator-paths.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

describe('yo service-kit:<feature>', () => {
  it('is the same update as service-kit add: the edits of the team merged in', async () => {
    const dir = tempDir('sub-generator');
    const args = ['svc', '--preset', 'minimal', '--yes', '--skip-install'];
    expect((await runCli(args, dir)).code).toBe(0);
    const project = join(dir, 'svc');
    const readme = join(project, 'README.md');
    const edited = readFileSync(readme, 'utf8').replace('## Layout\n', '## Layout\n\nOurs.\n');
    writeFileSync(readme, edited);

    await helpers
      .run(join(repoRoot, 'dist', 'generators', 'data-api', 'index.js'))
      .cd(project)
      .withOptions({ skipInstall: true });
    const merged = readFileSync(readme, 'utf8');
    expect(merged).toContain('Ours.');
    expect(merged).toContain('/get-data');
    expect(readFileSync(join(project, 'src', 'plugins.ts'), 'utf8')).toContain('dataRoutes');
  });
});
