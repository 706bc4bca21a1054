import { MailError } from '../email/mailer.js';
import { testEmail } from '../email/test-email.js';
import type { Command } from './command.js';

export const sendTestEmail: Command = {
  name: 'send-test-email',
  summary: 'send a test email, to check the SMTP settings',
  options: { to: { type: 'string' } },
  required: ['to'],
  async run({ values }, { deps, print }) {
    const { mailer } = await deps();
    try {
      await mailer.send(String(values.to), testEmail, { sentAt: new Date() });
    } catch (error) {
      if (!(error instanceof MailError)) throw error;
      print(error.message);
      return 1;
    }
    print(`test email to ${String(values.to)} handed to ${mailer.location}`);
    return 0;
  },
};
