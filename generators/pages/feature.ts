import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['nunjucks'],
  devDependencies: ['@types/nunjucks'],
  deps: [
    {
      name: 'pages',
      type: 'PageRenderer',
      factory: 'createPageRenderer',
      from: 'src/pages/page-renderer.ts',
    },
  ],
  errorPages: [{ name: 'browserErrorPages', from: 'src/pages/error-pages.ts' }],
  // The templates are read at run time, beside dist/.
  runtimeFolders: ['views'],
  layout: [
    { path: 'src/pages/', holds: 'HTML pages: the one renderer, error pages for browsers' },
    { path: 'views/', holds: 'the pages’ Nunjucks templates' },
  ],
};

/** HTML pages, for the features that serve them: one renderer, and error pages for browsers. */
export default {
  summary: 'One Nunjucks page renderer and HTML error pages for browsers (JSON for API clients)',
  stage: 'platform',
  contribution,
} satisfies FeatureDeclaration;
