import { packageInfo } from '../version.js';
import type { MailTemplate } from './mailer.js';
import { html } from './safe-html.js';

/** The message `npm run manage -- send-test-email` sends, to prove mail arrives. */
export const testEmail: MailTemplate<{ sentAt: Date }> = {
  subject: () => `Test email from ${packageInfo.name}`,
  text: ({ sentAt }) =>
    `This is a test email from ${packageInfo.name} ${packageInfo.version}, sent at ${sentAt.toISOString()}.\n\nIf you can read it, the service's mail settings work.\n`,
  html: ({ sentAt }) =>
    html`<p>
        This is a test email from <strong>${packageInfo.name}</strong> ${packageInfo.version}, sent
        at ${sentAt.toISOString()}.
      </p>
      <p>If you can read it, the service's mail settings work.</p>`,
};
