import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/run-cli.js';
import { dependencyProblems } from '../matrix/declared-imports.js';

function projectWith(files: Record<string, string>): string {
  const project = tempDir('imports');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  return project;
}

const manifest = JSON.stringify({
  dependencies: { express: '5.0.0', zod: '4.0.0', 'govuk-frontend': '5.0.0', unused: '1.0.0' },
  devDependencies: { jest: '30.0.0', '@types/express': '5.0.0', '@scope/tool': '1.0.0' },
});

describe('the manifest check of a generated project', () => {
  it('names every undeclared import, run-time devDependency and unused dependency', () => {
    const project = projectWith({
      'package.json': manifest,
      'src/app.ts': [
        "import express from 'express';",
        "import { z } from 'zod/v4';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import { helper } from './helper.js';",
        "import { thing } from '@scope/tool/sub';",
        "const assets = createRequire(import.meta.url).resolve('govuk-frontend/package.json');",
        "const later = await import('left-pad');",
        'new Promise((resolve) => resolve("not-a-package"));',
      ].join('\n'),
      'test/app.test.ts':
        "import { expect } from 'jest';\nimport type { Request } from 'express';\n",
      'scripts/tool.ts': "export { x } from 'undeclared-tool';\n",
      'node_modules/x/index.js': "import 'ignored';\n",
    });
    expect(dependencyProblems(project).sort()).toEqual([
      'dependency unused is imported by nothing in src/',
      'scripts/tool.ts imports undeclared-tool, which package.json does not declare',
      'src/app.ts imports @scope/tool at run time, but it is only a devDependency',
      'src/app.ts imports left-pad, which package.json does not declare',
    ]);
  });

  it('accepts a type-only import from a package whose types alone are declared', () => {
    const project = projectWith({
      'package.json': JSON.stringify({ dependencies: {}, devDependencies: { '@types/mime': '1' } }),
      'src/a.ts': "import type { Mime } from 'mime';\nexport type { Mime };\n",
    });
    expect(dependencyProblems(project)).toEqual([]);
  });
});
