import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectRefused } from '../helpers/refused-run.js';
import { tempDir } from '../helpers/run-cli.js';

describe('service-kit refuses bad input and writes nothing', () => {
  it.each([
    ['../x', 'is a path, not a name'],
    ['a/b', 'is a path, not a name'],
    ['My-Service', 'has capital letters'],
    ['my service', 'contains white space'],
    ['node_modules', 'node_modules is not a valid package name'],
    ['http', 'is a core module name'],
    ['', 'the project name is empty'],
    ['x'.repeat(215), 'npm allows at most 214'],
    ['.dot', 'starts with "."'],
    ['_under', 'starts with "_"'],
    ['con', '"con" is a name Windows reserves for a device'],
    ['lpt1', '"lpt1" is a name Windows reserves for a device'],
    ['a\u001b[31mb', '"a\\u001b[31mb" contains control characters'],
    ['a\u007fb', '"a\\u007fb" contains control characters'],
  ])('as the name argument: %j', async (name, problem) => {
    await expectRefused([name, '--yes', '--skip-install'], problem);
  });

  it('in an answers file, naming the file and every problem', async () => {
    await expectRefused(
      ['--answers', 'answers.json', '--yes', '--skip-install'],
      '--answers answers.json: name: "Bad Name" contains white space; use "bad-name"; unknown answer "colour"',
      (dir) =>
        writeFileSync(
          join(dir, 'answers.json'),
          JSON.stringify({ name: 'Bad Name', colour: 'red' }),
        ),
    );
  });

  it.each([
    [{ databse: 'postgres' }, 'unknown answer "databse"; did you mean "database"?'],
    [{ auth: 'hawk' }, 'auth: expected a list of some of api-key, hawk, oidc-bearer, oidc-login'],
    [
      { components: ['reprots'] },
      'expected some of reports, not "reprots"; did you mean "reports"?',
    ],
    [{ name: 3 }, 'name: expected a string'],
  ])('in an answers file, in our words: %j', async (answers, problem) => {
    await expectRefused(['svc', '--answers', 'answers.json', '--yes'], problem, (dir) =>
      writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers)),
    );
  });

  it.each([
    ['--dryrun', 'unknown option --dryrun; did you mean "--dry-run"?'],
    ['--colour', 'unknown option --colour; service-kit --help lists them'],
    ['-x', 'unknown option -x'],
  ])('for a flag it does not take, %s, instead of ignoring it', async (flag, problem) => {
    await expectRefused(['svc', '--yes', '--skip-install', flag], problem);
  });

  it('for answers that do not go together, naming where they came from', async () => {
    await expectRefused(
      ['svc', '--preset', 'ops-reports', '--answers', 'answers.json', '--yes'],
      '--preset ops-reports + --answers answers.json + --yes defaults: the reports component needs database "dynamodb"',
      (dir) => writeFileSync(join(dir, 'answers.json'), JSON.stringify({ database: 'postgres' })),
    );
  });

  it('in an answers file that is not JSON', async () => {
    await expectRefused(['--answers', 'answers.json', '--yes'], 'is not valid JSON', (dir) =>
      writeFileSync(join(dir, 'answers.json'), '{ name: svc }'),
    );
  });

  it('for a preset that does not exist, listing those that do', async () => {
    await expectRefused(
      ['svc', '--preset', 'nope', '--yes'],
      'no preset "nope"; available: minimal',
    );
  });

  it('for a non-empty target directory without --force', async () => {
    await expectRefused(
      ['svc', '--yes', '--skip-install'],
      'is not empty (1 entries, e.g. notes.txt)',
      (dir) => {
        mkdirSync(join(dir, 'svc'));
        writeFileSync(join(dir, 'svc', 'notes.txt'), 'mine');
      },
    );
  });

  it.each([
    ['a folder outside the working directory', true],
    ['nothing', false],
  ])('for a target that is a symbolic link to %s', async (_to, outsideExists) => {
    const outside = join(tempDir('outside'), 'outside');
    await expectRefused(
      ['svc', '--yes', '--skip-install'],
      `svc is a symbolic link (to ${outside}); give the name of a real directory, or of none`,
      (dir) => {
        if (outsideExists) mkdirSync(outside);
        symlinkSync(outside, join(dir, 'svc'));
      },
    );
    if (outsideExists) expect(readdirSync(outside)).toEqual([]);
  });

  it('for --yes without a name', async () => {
    await expectRefused(['--yes'], 'a project name is required');
  });

  it('for a component without what it is built on', async () => {
    await expectRefused(
      ['svc', '--yes', '--skip-install', '--answers', 'answers.json'],
      'the reports component needs database "dynamodb"; the reports component needs auth api-key and oidc-login',
      (dir) =>
        writeFileSync(join(dir, 'answers.json'), JSON.stringify({ components: ['reports'] })),
    );
  });

  it('for adding a component to a project without what it is built on', async () => {
    await expectRefused(
      ['add', 'reports'],
      'the reports component needs database "dynamodb"',
      (dir) =>
        writeFileSync(
          join(dir, '.yo-rc.json'),
          JSON.stringify({
            'generator-service-kit': {
              name: 'svc',
              description: 'A service',
              dataApi: false,
              database: 'none',
              auth: [],
              modes: [],
              tooling: [],
            },
          }),
        ),
    );
  });

  it('when an answer is missing and there is no terminal to ask', async () => {
    await expectRefused(
      ['svc'],
      'cannot ask for description, dataApi, database, auth, modes, tooling, components, adapters without a terminal',
    );
  });
});
