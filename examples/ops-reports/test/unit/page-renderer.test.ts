import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GOVUK_INLINE_SCRIPT_HASH,
  govukDist,
  pageRenderer,
} from '../../src/reports/pages/page-renderer.js';

describe('the page renderer', () => {
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

  it('escapes every value it is given', () => {
    const render = pageRenderer({ serviceName: 'Reports', loginEnabled: true, reloadViews: false });
    const html = render('error', { title: '<script>alert(1)</script>', message: 'a & b' });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; b');
    expect(html).not.toContain('Sign-in is not configured');
  });
});
