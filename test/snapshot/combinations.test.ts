import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import helpers from 'yeoman-test';
import { answersFileFor, cliArgs, combinations } from '../helpers/combinations.js';
import { appGenerator, repoRoot } from '../helpers/generator-paths.js';
import { runCli, treeOf } from '../helpers/run-cli.js';
import { runCommand } from '../helpers/run-command.js';
import { recordPath } from '../../generators/lib/update/generated-record.js';

/**
 * The whole rendered tree of each combination, file by file. A template
 * change shows up here as a diff to review; `npm run snapshot:update` accepts it.
 */
// A feature added later renders as if chosen up front; the CLI tests prove that.
describe.each(combinations.filter((combination) => !combination.add))(
  'the $name combination',
  (combination) => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const project = join(dir, `${combination.name}-svc`);
    let files: Record<string, string>;

    /** The project's files by path from its parent; the record, which repeats them all, by its size. */
    const writtenFiles = (dir: string) =>
      Object.fromEntries(
        Object.entries(treeOf(dir)).map(([file, text]) => [
          `${combination.name}-svc/${file}`,
          file === recordPath
            ? `(${Object.keys((JSON.parse(text) as { files: object }).files).length} files)`
            : text,
        ]),
      );

    beforeAll(async () => {
      const answers = answersFileFor(combination, dir);
      const result = await helpers
        .run(appGenerator)
        .withArguments([`${combination.name}-svc`])
        .withOptions({
          yes: true,
          skipInstall: true,
          preset: combination.preset,
          answers,
        } as Record<string, unknown>);
      files = writtenFiles(join(result.cwd, `${combination.name}-svc`));
    });

    it('renders the same tree as the reviewed snapshot', () => {
      expect(Object.keys(files).sort()).toMatchSnapshot('file list');
      expect(files).toMatchSnapshot('contents');
    });

    it('is written alike by the CLI, which writes a new project without Yeoman', async () => {
      const result = await runCli([...cliArgs(combination, dir), '--skip-install'], dir);
      expect(result.code).toBe(0);
      expect(writtenFiles(project)).toEqual(files);
    });

    // Nothing formats the rendered files: the templates lay them out as Prettier would.
    it('is clean by the project’s own prettier --check', async () => {
      const prettier = join(repoRoot, 'node_modules', '.bin', 'prettier');
      const result = await runCommand(prettier, ['--check', '.'], project);
      expect(result.output).toContain('All matched files use Prettier code style!');
    });
  },
);
