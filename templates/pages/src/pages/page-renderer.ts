import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import type { Config } from '../config.js';
import { pageLayout as layout } from '../page-layout.js';

// views/ sits at the project root, so src/ (tsx) and dist/ (the build) read the same one.
const views = fileURLToPath(new URL('../../views/', import.meta.url));

/** The frame every page is drawn in: its template, where its parts live, what each page shows. */
export interface PageLayout {
  /** The template the pages extend, under views/ or one of `folders`. */
  view: string;
  /** Folders of templates the layout uses besides views/ (a design system's). */
  folders: readonly string[];
  /** What every page shows, read from the settings once. */
  globals: (config: Config) => Record<string, unknown>;
  /** Headers every page is sent with (a Content-Security-Policy that admits the layout's script). */
  headers: Readonly<Record<string, string>>;
}

export interface PageRenderer {
  /** `views/<view>.njk` in the layout, every value escaped unless a template says otherwise. */
  render: (view: string, context: Record<string, unknown>) => string;
  headers: PageLayout['headers'];
}

/**
 * The one renderer of the service's HTML: the features' pages, sign-in and
 * the error pages browsers get. In development templates are read again on
 * every render, so an edit shows on the next reload.
 */
export function createPageRenderer({ config }: { config: Config }): PageRenderer {
  const environment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([views, ...layout.folders], {
      noCache: config.NODE_ENV === 'development',
    }),
    { autoescape: true, throwOnUndefined: false },
  );
  const globals = { ...layout.globals(config), layout: layout.view };
  return {
    render: (view, context) => environment.render(`${view}.njk`, { ...globals, ...context }),
    headers: layout.headers,
  };
}
