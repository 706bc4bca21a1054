import { Router } from 'express';
import { requireLogin, userOf } from '../auth/oidc-login.js';
import type { Plugin } from '../http/plugin.js';

/** The signed-in user's own page: the example of a page behind requireLogin. */
export const profileRoutes: Plugin = ({ pages }) =>
  Router().get('/profile', requireLogin, (_req, res) => {
    const { name, email } = userOf(res) ?? {};
    res
      .set(pages.headers)
      .type('html')
      .send(pages.render('login/profile', { title: 'Your profile', name, email }));
  });
