import { z } from 'zod';
import { htmlAnswer, type RouteDocs } from '../../openapi/route-docs.js';
import { pageErrorAnswers, redirectAnswer } from '../../pages/page-docs.js';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { repositoryName } from '../report.js';
import { lists } from './reports-pages.routes.js';

const search = { query: z.object({ q: z.string().max(100).optional() }) };

/** A page of an audience: private pages ask for sign-in first. */
function page(audience: string, summary: string) {
  return {
    get: {
      tags: ['Report pages'],
      summary,
      responses: {
        200: htmlAnswer(summary),
        304: { description: 'Unchanged since the copy the browser holds' },
        ...(audience === 'private'
          ? {
              302: redirectAnswer('Not signed in: to /login'),
              ...pageErrorAnswers({
                401: 'Not signed in, asked by something other than a browser',
                503: 'Sign-in is not configured, so private pages cannot be shown',
              }),
            }
          : pageErrorAnswers()),
      },
    },
  };
}

function audiencePages(audience: 'public' | 'private'): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {
    [`/${audience}-github-repositories.html`]: page(
      audience,
      `The ${audience} repositories at a glance`,
    ),
    [`/${audience}-report/{name}`]: {
      get: {
        ...page(audience, `One ${audience} repository’s report`).get,
        requestParams: { path: z.object({ name: repositoryName }) },
      },
    },
    [`/search-${audience}-repositories`]: {
      get: {
        ...page(audience, 'Search results as a fragment, for the page’s script').get,
        requestParams: search,
      },
    },
    [`/search-results-${audience}`]: {
      get: { ...page(audience, `Search the ${audience} repositories`).get, requestParams: search },
    },
  };
  for (const [list, { title }] of Object.entries(lists))
    paths[`/${list}-${audience}-repositories.html`] = page(
      audience,
      `${title} ${audience} repositories`,
    );
  return paths;
}

/** The report pages, for browsers. */
export const reportsPagesRouteDocs: RouteDocs = {
  paths: {
    '/': page('public', 'Home: a summary of the public repositories'),
    '/index': page('public', 'Home, as the Python service also answered it'),
    '/home': page('public', 'Home, as the Python service also answered it'),
    ...audiencePages('public'),
    ...audiencePages('private'),
  },
};
