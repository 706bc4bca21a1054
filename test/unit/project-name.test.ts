import { projectNameProblem } from '../../generators/lib/project-name.js';

describe('projectNameProblem', () => {
  it.each(['my-service', 'svc', 'svc2', 'ops-reports-v2', 'a'])('accepts %s', (name) => {
    expect(projectNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'the project name is empty'],
    ['x'.repeat(215), 'the project name is 215 characters long; npm allows at most 214'],
    ['../x', '"../x" is a path, not a name'],
    ['a/b', '"a/b" is a path, not a name'],
    ['a\\b', '"a\\b" is a path, not a name'],
    ['my service', '"my service" contains white space; use "my-service"'],
    ['.hidden', '".hidden" starts with "."; npm names cannot'],
    ['_private', '"_private" starts with "_"; npm names cannot'],
    ['MyService', '"MyService" has capital letters; use "my-service"'],
    ['My Service', '"My Service" contains white space; use "my-service"'],
    [
      'node_modules',
      '"node_modules" is not a valid npm package name: node_modules is not a valid package name',
    ],
    [
      'favicon.ico',
      '"favicon.ico" is not a valid npm package name: favicon.ico is not a valid package name',
    ],
    ['http', '"http" is not a valid npm package name: http is a core module name'],
    ['my--service', '"my--service" is not kebab-case'],
    ['service-', '"service-" is not kebab-case'],
    ['2fast', '"2fast" is not kebab-case'],
    ['my_service', '"my_service" is not kebab-case'],
    ['café', '"café" is not a valid npm package name'],
  ])('refuses %j, naming the problem', (name, problem) => {
    expect(projectNameProblem(name)).toContain(problem);
  });
});
