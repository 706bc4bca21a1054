import { pageRenderer } from './page-renderer.js';
import { SERVICE_NAME } from './service-name.js';

// Login pages are seen only where sign-in is configured, so they carry no notice about it.
const render = pageRenderer({ serviceName: SERVICE_NAME, loginEnabled: true, reloadViews: false });

/** A page in the service's GOV.UK layout around HTML the caller has escaped: the login pages' layout. */
export const govukPage = (title: string, body: string): string => render('page', { title, body });
