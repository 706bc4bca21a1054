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
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

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
    <link rel="stylesheet" href="docs/swagger-ui.css">
  </head>
  <body>
    <main id="api-docs"></main>
    <script src="docs/swagger-ui-bundle.js"></script>
    <script nonce="${nonce}">
      SwaggerUIBundle({ url: 'openapi.json', dom_id: '#api-docs', deepLinking: true });
    </script>
  </body>
</html>
`;
