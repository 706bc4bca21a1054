import { mergeContributions } from '../../generators/lib/contribution.js';

const variable = (name: string) => ({ name, schema: 'z.string()', expects: 'text', example: 'x' });

describe('mergeContributions', () => {
  it('keeps feature order for env, plugins and README, and sorts dependencies once', () => {
    const merged = mergeContributions([
      {
        feature: 'server',
        contribution: {
          dependencies: ['zod', 'express'],
          env: [variable('PORT')],
          plugins: [{ name: 'healthRoutes', from: './health.js' }],
          readme: [{ title: 'Development', partial: 'development.md' }],
        },
      },
      {
        feature: 'extra',
        contribution: {
          dependencies: ['express', 'helmet'],
          devDependencies: ['jest'],
          scripts: { bench: 'node bench.js' },
          env: [variable('API_KEYS')],
          plugins: [{ name: 'dataRoutes', from: './data.js' }],
        },
      },
    ]);
    expect(merged).toEqual({
      dependencies: ['express', 'helmet', 'zod'],
      devDependencies: ['jest'],
      scripts: { bench: 'node bench.js' },
      env: [variable('PORT'), variable('API_KEYS')],
      plugins: [
        { name: 'healthRoutes', from: './health.js' },
        { name: 'dataRoutes', from: './data.js' },
      ],
      authenticators: [],
      bodyParsers: [],
      pageLayouts: [],
      commands: [],
      deps: [],
      startup: [],
      benchSteps: [],
      benchRoutes: [],
      tables: [],
      testEnv: {},
      runModes: [],
      tasks: [],
      schedules: [],
      envResolvers: [],
      composeServices: [],
      ciSteps: [],
      menuActions: [],
      runtimeFolders: [],
      errors: [],
      readme: [{ title: 'Development', partial: 'development.md', feature: 'server' }],
    });
  });

  it.each([
    ['script', { scripts: { test: 'jest' } }],
    ['env variable', { env: [variable('PORT')] }],
    ['plugin', { plugins: [{ name: 'routes', from: './a.js' }] }],
    ['authenticator', { authenticators: [{ name: 'hawk', from: './hawk.js' }] }],
    ['error code', { errors: [{ code: 'forbidden', status: 403, message: 'No' }] }],
    [
      'dependency',
      {
        deps: [{ name: 'tasks', type: 'T', factory: 'f', from: './t.js' }],
      },
    ],
  ])('refuses two features claiming the same %s', (kind, contribution) => {
    expect(() =>
      mergeContributions([
        { feature: 'one', contribution },
        { feature: 'two', contribution },
      ]),
    ).toThrow(`Features "one" and "two" both contribute ${kind}`);
  });
});
