import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createPageRenderer } from '../../src/pages/page-renderer.js';
import { GOVUK_INLINE_SCRIPT_HASH, govukDist } from '../../src/reports/pages/govuk-layout.js';

describe('the GOV.UK layout', () => {
  it('allows exactly the inline script of the installed GOV.UK template', () => {
    const template = readFileSync(join(govukDist, 'govuk', 'template.njk'), 'utf8');
    const scripts = [...template.matchAll(/<script[^>]*>([^<]+)<\/script>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '')
      .digest('base64');
    expect(GOVUK_INLINE_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
  });

  it('draws every page of the one renderer, escaping every value it is given', () => {
    const pages = createPageRenderer({ config: loadConfig({ NODE_ENV: 'test' }) });
    const html = pages.render('pages/error', {
      title: '<script>alert(1)</script>',
      message: 'a & b',
    });
    expect(html).toContain('class="govuk-template');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<p class="govuk-body">a &amp; b</p>');
    expect(pages.headers['Content-Security-Policy']).toContain(GOVUK_INLINE_SCRIPT_HASH);
  });
});
