import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputPathOf, renderTemplate, templatePathOf } from '../../generators/lib/render.js';

describe('template paths', () => {
  it('stores dotfiles with a leading underscore, since npm drops dotfiles', () => {
    expect(templatePathOf('.gitignore')).toBe('_gitignore');
    expect(templatePathOf('src/.keep')).toBe('src/_keep');
    expect(templatePathOf('src/app.ts')).toBe('src/app.ts');
  });

  it('drops the .ejs marker from the output path', () => {
    expect(outputPathOf('src/config.ts.ejs')).toBe('src/config.ts');
    expect(outputPathOf('src/app.ts')).toBe('src/app.ts');
  });
});

describe('renderTemplate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-test-'));
  const template = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('formats rendered code the way the generated project’s Prettier does', async () => {
    const file = template(
      'list.ts.ejs',
      'export const names = [<%- names.map((n) => `"${n}"`).join(",") %>]',
    );
    await expect(renderTemplate(file, 'src/list.ts', { names: ['a', 'b'] })).resolves.toBe(
      "export const names = ['a', 'b'];\n",
    );
  });

  it('leaves files Prettier does not know as rendered', async () => {
    const file = template('env.ejs', 'A=<%- value %>\n\n\n');
    await expect(renderTemplate(file, '.env.example', { value: 1 })).resolves.toBe('A=1\n\n\n');
  });
});
