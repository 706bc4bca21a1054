import { answerProblem, choiceProblem, parseAnswers } from '../../generators/lib/answers.js';
import { didYouMean } from '../../generators/lib/did-you-mean.js';
import { UsageError } from '../../generators/lib/usage-error.js';

describe('parseAnswers', () => {
  it('returns the answers, trimmed', () => {
    const answers = {
      name: 'svc',
      description: '  Reports  ',
      dataApi: true,
      database: 'postgres',
      auth: ['hawk'],
      modes: ['worker'],
      tooling: ['docker'],
      components: [],
      adapters: ['storage-s3'],
    };
    expect(parseAnswers(answers, 'test')).toEqual({ ...answers, description: 'Reports' });
  });

  it('refuses a component without the database and auth it is built on, naming them', () => {
    const answers = {
      name: 'svc',
      description: 'Reports',
      dataApi: false,
      database: 'postgres',
      auth: ['api-key'],
      modes: [],
      tooling: [],
      components: ['reports'],
      adapters: [],
    };
    expect(() => parseAnswers(answers, 'answers.json')).toThrow(
      new UsageError(
        'answers.json: the reports component needs database "dynamodb"; the reports component needs auth oidc-login',
      ),
    );
  });

  it('names the source and every problem at once', () => {
    const parse = () =>
      parseAnswers(
        { name: 'Bad', description: '', dataApi: 'yes', auth: ['hawk', 'kerberos'], colour: 'red' },
        'answers.json',
      );
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(
      'answers.json: name: "Bad" has capital letters; use "bad"; description: the description is empty; ' +
        'dataApi: expected true or false; "database" is missing; ' +
        'auth.1: expected some of api-key, hawk, oidc-bearer, oidc-login, not "kerberos"; ' +
        '"modes" is missing; "tooling" is missing; "components" is missing; "adapters" is missing; ' +
        'unknown answer "colour" (known: name, description, dataApi, database, auth, modes, tooling, components, adapters)',
    );
  });

  it('refuses an unknown run mode or tool, and one listed twice', () => {
    const answers = {
      name: 'svc',
      description: 'x',
      dataApi: false,
      database: 'none',
      auth: [],
      modes: ['worker', 'cron'],
      tooling: ['docker', 'docker'],
    };
    expect(() => parseAnswers(answers, 'answers')).toThrow(
      'answers: modes.1: expected some of task, worker, beat, not "cron"; tooling: a tool is listed twice',
    );
  });

  it('says which answer is missing', () => {
    expect(() => parseAnswers({ description: 'x' }, 'answers')).toThrow(
      'answers: "name" is missing',
    );
  });

  it('refuses a description over several lines', () => {
    const answers = {
      name: 'svc',
      description: 'a\nb',
      dataApi: false,
      database: 'none',
      auth: [],
      modes: [],
      tooling: [],
    };
    expect(() => parseAnswers(answers, 'answers')).toThrow(
      'description: the description must fit on one line',
    );
  });
});

describe('answerProblem', () => {
  it('validates one prompt answer with the same rules', () => {
    expect(answerProblem('name', 'my-svc')).toBeUndefined();
    expect(answerProblem('name', 'a/b')).toContain('is a path, not a name');
    expect(answerProblem('description', ' ')).toBe('the description is empty');
  });
});

describe('choiceProblem', () => {
  it('rules out a component whose database the earlier answers did not pick', () => {
    expect(choiceProblem('components', 'reports', { database: 'postgres' })).toBe(
      'the reports component needs database "dynamodb"',
    );
    expect(choiceProblem('components', 'reports', {})).toBeUndefined();
  });

  it('rules out a database a given component cannot use, and allows the one it needs', () => {
    const known = { components: ['reports'] };
    expect(choiceProblem('database', 'postgres', known)).toBe(
      'the reports component needs database "dynamodb"',
    );
    expect(choiceProblem('database', 'dynamodb', known)).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('names the closest of the known words, or none when none is close', () => {
    expect(didYouMean('databse', ['name', 'database'])).toBe('; did you mean "database"?');
    expect(didYouMean('colour', ['name', 'database'])).toBe('');
  });
});
