/** The layout every page is drawn in: the one a component gives (its `pageLayout`). */
export { govukLayout as pageLayout } from './reports/pages/govuk-layout.js';
