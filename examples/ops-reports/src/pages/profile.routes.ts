import { Router } from 'express';
import { requireLogin, userOf } from '../auth/oidc-login.js';
import type { Plugin } from '../http/plugin.js';
import { escapeHtml, page } from './page.js';

/** The signed-in user's own page: the example of a page behind requireLogin. */
export const profileRoutes: Plugin = () =>
  Router().get('/profile', requireLogin, (_req, res) => {
    const { name, email } = userOf(res) ?? {};
    res
      .type('html')
      .send(
        page(
          'Your profile',
          `<p>Signed in as ${escapeHtml(name ?? email ?? 'unknown')} (${escapeHtml(email ?? 'no email')}).</p><p><a href="/logout">Sign out</a></p>`,
        ),
      );
  });
