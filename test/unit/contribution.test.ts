import { mergeContributions, type Contribution } from '../../generators/lib/contribution.js';

const variable = (name: string) => ({ name, schema: 'z.string()', expects: 'text', example: 'x' });

describe('mergeContributions', () => {
  it('keeps feature order for env, plugins and README, and sorts dependencies once', () => {
    const merged = mergeContributions([
      {
        feature: 'server',
        contribution: {
          dependencies: ['zod', 'express'],
          env: [variable('PORT')],
          plugins: [{ name: 'healthRoutes', from: 'src/health.ts' }],
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
          plugins: [{ name: 'dataRoutes', from: 'src/data.ts' }],
        },
      },
    ]);
    expect(merged).toEqual({
      dependencies: ['express', 'helmet', 'zod'],
      devDependencies: ['jest'],
      scripts: { bench: 'node bench.js' },
      env: [variable('PORT'), variable('API_KEYS')],
      middleware: [],
      plugins: [
        { name: 'healthRoutes', from: 'src/health.ts' },
        { name: 'dataRoutes', from: 'src/data.ts' },
      ],
      errorPages: [],
      failureReporters: [],
      routeDocs: [],
      authenticators: [],
      apiSchemes: [],
      pageLayout: undefined,
      commands: [],
      deps: [],
      startup: [],
      benchSteps: [],
      benchRoutes: [],
      tables: [],
      testSetup: [],
      testEnv: {},
      runModes: [],
      tasks: [],
      schedules: [],
      envResolvers: [],
      envRules: [],
      productionNeeds: [],
      deadCodeExceptions: [],
      composeServices: [],
      ciSteps: [],
      menuActions: [],
      formatIgnores: [],
      runtimeFolders: [],
      dataFolders: [],
      errors: [],
      fuzzTargets: [],
      layout: [],
      readme: [{ title: 'Development', partial: 'development.md', feature: 'server' }],
    });
  });

  it('keeps a project to one page layout', () => {
    const layout = { pageLayout: { name: 'page', from: 'src/pages/page.ts' } } as const;
    expect(() =>
      mergeContributions([
        { feature: 'one', contribution: layout },
        { feature: 'two', contribution: layout },
      ]),
    ).toThrow('Features "one" and "two" both contribute page layout');
  });

  it('takes an error code two features throw alike, and refuses one they declare differently', () => {
    const code = { code: 'unauthorized', status: 401, message: 'Sign in' };
    const merged = mergeContributions([
      { feature: 'one', contribution: { errors: [code] } },
      { feature: 'two', contribution: { errors: [code] } },
    ]);
    expect(merged.errors).toEqual([code]);
    expect(() =>
      mergeContributions([
        { feature: 'one', contribution: { errors: [code] } },
        { feature: 'two', contribution: { errors: [{ ...code, status: 403 }] } },
      ]),
    ).toThrow('Feature "two" declares error code unauthorized unlike an earlier feature');
  });

  it.each([
    ['script', { scripts: { test: 'jest' } }],
    ['env variable', { env: [variable('PORT')] }],
    ['plugin', { plugins: [{ name: 'routes', from: 'src/a.ts' }] }],
    ['authenticator', { authenticators: [{ name: 'hawk', from: 'src/hawk.ts' }] }],
    [
      'dependency',
      {
        deps: [{ name: 'tasks', type: 'T', factory: 'f', from: 'src/t.ts' }],
      },
    ],
  ] satisfies [string, Contribution][])(
    'refuses two features claiming the same %s',
    (kind, contribution) => {
      expect(() =>
        mergeContributions([
          { feature: 'one', contribution },
          { feature: 'two', contribution },
        ]),
      ).toThrow(`Features "one" and "two" both contribute ${kind}`);
    },
  );
});
