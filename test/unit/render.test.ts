import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTemplate } from '../../generators/lib/render.js';
import { outputNameOf, templateFilesOf } from '../../generators/lib/template-files.js';

describe('template file names', () => {
  it('store dotfiles with a leading underscore, since npm drops some dotfiles', () => {
    expect(outputNameOf('_gitignore')).toBe('.gitignore');
    expect(outputNameOf('_env.example.ejs')).toBe('.env.example');
    expect(outputNameOf('app.ts')).toBe('app.ts');
  });

  it('write a name of its own that starts with an underscore with two', () => {
    expect(outputNameOf('__helpers.tpl')).toBe('_helpers.tpl');
  });
});

describe('a template folder', () => {
  it('is its feature’s file list: every file but the README partials, dotfiles named', () => {
    const root = mkdtempSync(join(tmpdir(), 'template-files-'));
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, '_partials'));
    writeFileSync(join(root, 'src', 'app.ts.ejs'), '');
    writeFileSync(join(root, '_gitignore'), '');
    writeFileSync(join(root, '_partials', 'feature.md'), '');
    expect(templateFilesOf(root)).toEqual([
      { template: join(root, '_gitignore'), output: '.gitignore', rendered: false },
      { template: join(root, 'src', 'app.ts.ejs'), output: 'src/app.ts', rendered: true },
    ]);
  });
});

describe('renderTemplate', () => {
  it('renders EJS with the context, formatting nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-test-'));
    writeFileSync(join(dir, 'list.ts.ejs'), 'A=<%- value %>\n\n\n');
    expect(renderTemplate(join(dir, 'list.ts.ejs'), { value: 1 })).toBe('A=1\n\n\n');
  });
});
