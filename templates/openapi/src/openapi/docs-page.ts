import escapeHtml from 'escape-html';

/**
 * The reference page's Content-Security-Policy: as strict as the rest of
 * the service but for the page's own inline start-up script (by nonce) and
 * the styles and data-URL images Swagger UI sets as it draws.
 */
export const docsPagePolicy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * Swagger UI's colours where its text falls short of WCAG AA contrast
 * (4.5:1), as axe finds them: white on its light method colours and
 * version badges, its link blue, green and grey text.
 */
const contrast = `
  .swagger-ui .opblock-get .opblock-summary-method,
  .swagger-ui .opblock-post .opblock-summary-method,
  .swagger-ui .opblock-put .opblock-summary-method,
  .swagger-ui .opblock-delete .opblock-summary-method,
  .swagger-ui .opblock-patch .opblock-summary-method { color: #1b1b1b; }
  .swagger-ui .info .title small { background: #545b66; }
  .swagger-ui .info .title small.version-stamp { background: #3d5a00; }
  .swagger-ui .info .url, .swagger-ui .info a { color: #1d5fa8; }
  .swagger-ui .btn.authorize { color: #1b7f52; border-color: #1b7f52; }
  .swagger-ui .btn.authorize svg { fill: #1b7f52; }
  .swagger-ui .json-schema-2020-12-expand-deep-button { color: #4a4a4a; }
  .swagger-ui .parameter__in { color: #595959; }
`;

/**
 * The reference page: Swagger UI drawing `/openapi.json`. Paths are
 * relative, so the page works behind a proxy that adds a path prefix.
 */
export const docsPage = (title: string, nonce: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} API</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="docs/swagger-ui.css">
    <style nonce="${nonce}">${contrast}</style>
  </head>
  <body>
    <main id="api-docs"></main>
    <script src="docs/swagger-ui-bundle.js"></script>
    <script nonce="${nonce}">
      SwaggerUIBundle({ url: 'openapi.json', dom_id: '#api-docs', deepLinking: false, syntaxHighlight: false });
      // Swagger UI draws a parameter's choices as a <select> with no label, and examples in
      // boxes that scroll but take no focus: name each after its parameter, and let each box
      // be reached from the keyboard.
      new MutationObserver(() => {
        for (const select of document.querySelectorAll('select:not([aria-label])')) {
          const name = select.closest('[data-param-name]')?.getAttribute('data-param-name');
          if (name) select.setAttribute('aria-label', name);
        }
        for (const box of document.querySelectorAll('pre:not([tabindex])')) box.tabIndex = 0;
      }).observe(document.body, { childList: true, subtree: true });
    </script>
  </body>
</html>
`;
