const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML; every value a page shows goes through it. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

/** Login pages in the layout of the service's own pages: `page(title, bodyHtml)`. */
export { govukPage as page } from '../reports/pages/govuk-page.js';
