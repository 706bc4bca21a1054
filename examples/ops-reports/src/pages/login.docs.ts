import { z } from 'zod';
import { htmlAnswer, type RouteDocs } from '../openapi/route-docs.js';
import { pageErrorAnswers, redirectAnswer } from './page-docs.js';

const page = { tags: ['Sign-in'] };
const notConfigured = { 503: 'Sign-in is not configured, or the issuer cannot be reached' };

/** Sign-in with the OIDC issuer, for browsers: pages and redirects, not an API. */
export const loginRouteDocs: RouteDocs = {
  paths: {
    '/login': {
      get: {
        ...page,
        summary: 'Sign in: off to the issuer, then back to returnTo',
        requestParams: {
          query: z.object({
            returnTo: z.string().optional().meta({ description: 'A path of this service' }),
          }),
        },
        responses: {
          302: redirectAnswer('To the issuer’s sign-in'),
          ...pageErrorAnswers(notConfigured),
        },
      },
    },
    '/callback': {
      get: {
        ...page,
        summary: 'Where the issuer sends the browser back',
        responses: {
          302: redirectAnswer('Signed in: back where the sign-in began'),
          403: htmlAnswer('The account’s email is not allowed here'),
          ...pageErrorAnswers({ 400: 'The sign-in expired or failed', ...notConfigured }),
        },
      },
    },
    '/logout': {
      get: {
        ...page,
        summary: 'Sign out',
        responses: { 302: redirectAnswer('Signed out: to /'), ...pageErrorAnswers(notConfigured) },
      },
    },
    '/profile': {
      get: {
        ...page,
        summary: 'The signed-in user’s page',
        responses: {
          200: htmlAnswer('Who is signed in'),
          302: redirectAnswer('Not signed in: to /login'),
          ...pageErrorAnswers({ 401: 'Not signed in, asked by something other than a browser' }),
        },
      },
    },
  },
};
