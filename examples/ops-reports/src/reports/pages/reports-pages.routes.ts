import { join } from 'node:path';
import express, { Router, type Request, type RequestHandler } from 'express';
import { loginSettings } from '../../auth/login-settings.js';
import { requireLogin } from '../../auth/oidc-login.js';
import { AppError } from '../../errors.js';
import type { Plugin } from '../../http/plugin.js';
import type { Report } from '../report.js';
import { checkStandards } from '../standards.js';
import { forAudience, reportFor, type Audience } from '../compliance.js';
import type { ReportView } from '../report-catalog.js';
import type { Reports } from '../reports.js';
import { pageCache } from './page-cache.js';
import type { PageRenderer } from '../../pages/page-renderer.js';
import { govukDist, publicDir } from './govuk-layout.js';
import { SERVICE_NAME } from './service-name.js';
import { reportedTime, summarise, utcTime } from './report-summary.js';

/** Search answers at most this many names: a hint, not a dump of the organisation. */
const SEARCH_LIMIT = 50;

export const lists = {
  compliant: { title: 'Compliant', keep: (report: Report) => report.data.status },
  'non-compliant': { title: 'Not compliant', keep: (report: Report) => !report.data.status },
  all: { title: 'All', keep: () => true },
} as const;

/** The repositories of an audience whose names contain `?q=`, any case. */
async function search(req: Request, catalog: Reports['catalog'], audience: Audience) {
  // ?q=a&q=b or ?q[x]=1 arrive as arrays or objects: only a plain string is a search.
  const query = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : '';
  const wanted = query.toLowerCase();
  const view = await catalog.current();
  const found = wanted
    ? forAudience(view.reports, audience).filter((report) =>
        report.name.toLowerCase().includes(wanted),
      )
    : [];
  return {
    audience,
    query,
    matches: found.slice(0, SEARCH_LIMIT),
    more: found.length > SEARCH_LIMIT,
  };
}

/**
 * Only a web address becomes a link. Uploads are already refused any
 * other URL; this keeps records stored before that rule from becoming links.
 */
const webAddress = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function reportPage(render: PageRenderer['render'], audience: Audience, report: Report) {
  const checked = checkStandards(report.data.report);
  return render('report', {
    title: report.name,
    section: audience,
    audience,
    report,
    link: webAddress(report.data.url),
    failed: checked.filter((standard) => standard.result === 'fail').length,
    checked: checked.filter((standard) => standard.result !== 'not checked').length,
    standards: checked,
    storedAt: utcTime(report.stored_at),
    lastPush: report.data.last_push === null ? 'never' : reportedTime(report.data.last_push),
  });
}

/**
 * The report pages: the home page and the public reports for anyone, the
 * private ones after sign-in (with a notice instead when sign-in is not
 * configured). GOV.UK Design System styles and scripts are served from the
 * installed govuk-frontend package, never from elsewhere.
 */
export const reportsPagesRoutes: Plugin = ({ config, pages, reports }) => {
  const loginEnabled = loginSettings(config) !== undefined;
  const { render } = pages;
  const send = pageCache();
  /** A page made from the current reports, rendered once per version of them (see pageCache). */
  const cachedPage =
    (
      key: (req: Request) => string,
      build: (view: ReportView, req: Request) => string,
    ): RequestHandler =>
    async (req, res) => {
      const view = await reports.catalog.current();
      await send(req, res, {
        version: view.version,
        key: key(req),
        render: () => build(view, req),
      });
    };
  const security: RequestHandler = (_req, res, next) => {
    res.set(pages.headers);
    next();
  };
  const signInFirst: RequestHandler = loginEnabled
    ? requireLogin
    : () => {
        throw new AppError(
          'service_unavailable',
          'Sign-in is not configured, so private reports cannot be shown.',
        );
      };

  const router = Router()
    .use('/govuk', express.static(join(govukDist, 'govuk'), { index: false, maxAge: '1d' }))
    .use(
      '/assets',
      express.static(join(govukDist, 'govuk', 'assets'), { index: false, maxAge: '7d' }),
    )
    .use('/reports-assets', express.static(publicDir, { index: false, maxAge: '1h' }))
    // The Python service also answered /index and /home; bookmarks of them keep working.
    .get(
      ['/', '/index', '/home'],
      security,
      cachedPage(
        () => 'home',
        (view) =>
          render('home', {
            title: SERVICE_NAME,
            summary: summarise(forAudience(view.reports, 'public')),
            updated: utcTime(view.updatedAt),
            samples: view.samples,
          }),
      ),
    );

  for (const audience of ['public', 'private'] as const) {
    const guard: RequestHandler[] = audience === 'private' ? [security, signInFirst] : [security];
    const cacheControl: RequestHandler = (_req, res, next) => {
      res.set('Cache-Control', `${audience === 'private' ? 'private' : 'public'}, no-cache`);
      next();
    };
    const heading = audience === 'public' ? 'Public' : 'Private';
    router
      .get(
        `/${audience}-github-repositories.html`,
        ...guard,
        cacheControl,
        cachedPage(
          () => `${audience}-overview`,
          (view) =>
            render('overview', {
              title: `${heading} repositories`,
              section: audience,
              audience,
              summary: summarise(forAudience(view.reports, audience)),
              updated: utcTime(view.updatedAt),
            }),
        ),
      )
      // An unknown or other-audience name throws while rendering, so nothing is cached for it.
      .get(
        `/${audience}-report/:name`,
        ...guard,
        cacheControl,
        cachedPage(
          (req) => `${audience}-report-${String(req.params.name)}`,
          (view, req) =>
            reportPage(render, audience, reportFor(view, audience, String(req.params.name))),
        ),
      )
      .get(`/search-${audience}-repositories`, ...guard, async (req, res) => {
        res
          .type('html')
          .send(render('search-fragment', await search(req, reports.catalog, audience)));
      })
      .get(`/search-results-${audience}`, ...guard, async (req, res) => {
        const found = await search(req, reports.catalog, audience);
        const title = `Search the ${audience} repositories`;
        res.type('html').send(render('search-results', { title, section: audience, ...found }));
      });
    for (const [list, { title, keep }] of Object.entries(lists)) {
      router.get(
        `/${list}-${audience}-repositories.html`,
        ...guard,
        cacheControl,
        cachedPage(
          () => `${audience}-${list}`,
          (view) =>
            render('repository-list', {
              title: `${title} ${audience} repositories`,
              section: audience,
              audience,
              reports: forAudience(view.reports, audience).filter(keep),
              updated: utcTime(view.updatedAt),
            }),
        ),
      );
    }
  }
  // Their errors are pages too, for browsers: the service's error pages (src/pages/error-pages.ts).
  return router;
};
