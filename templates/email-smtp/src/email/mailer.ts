import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Config, EnvRule } from '../config.js';
import type { Logger } from '../logger.js';
import type { SafeHtml } from './safe-html.js';

/** A message of the service's own: its subject, text and HTML made from the same data. */
export interface MailTemplate<Data> {
  subject: (data: Data) => string;
  text: (data: Data) => string;
  html: (data: Data) => SafeHtml;
}

/** Mail that cannot be sent, and why; never holds the SMTP password. */
export class MailError extends Error {
  override name = 'MailError';
}

/** Sends the service's mail: through SMTP when it is set up, into the log when not. */
export interface Mailer {
  /** Where mail goes, as messages name it: `smtp://mail.example.com:587`, or `the log`. */
  readonly location: string;
  send<Data>(
    to: string | readonly string[],
    template: MailTemplate<Data>,
    data: Data,
  ): Promise<void>;
  close(): Promise<void>;
}

const address = z.email();

/** Seconds a mail server may take before a send gives up, not nodemailer's two minutes. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The SMTP settings as nodemailer takes them, or undefined when mail is not set up. */
function smtpOptions(config: Config) {
  if (config.SMTP_URL) return { url: config.SMTP_URL, setting: 'SMTP_URL' };
  if (!config.SMTP_HOST) return undefined;
  return {
    options: {
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      // 465 speaks TLS from the first byte; other ports upgrade with STARTTLS when offered.
      secure: config.SMTP_PORT === 465,
      ...(config.SMTP_USER && { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } }),
    },
    setting: 'SMTP_HOST',
  };
}

function checkMessage(to: readonly string[], subject: string) {
  if (to.length === 0) throw new MailError('cannot send mail: no recipient');
  for (const recipient of to)
    if (!address.safeParse(recipient).success)
      throw new MailError(`cannot send mail: ${JSON.stringify(recipient)} is not an email address`);
  // A line break in a header would start a header of the caller's data's choosing.
  if (/[\r\n]/.test(subject)) throw new MailError('cannot send mail: the subject has a line break');
}

export function createMailer({ config, logger }: { config: Config; logger: Logger }): Mailer {
  const smtp = smtpOptions(config);
  const transport: Transporter = smtp
    ? nodemailer.createTransport({ ...timeouts, ...(smtp.url ? { url: smtp.url } : smtp.options) })
    : nodemailer.createTransport({ jsonTransport: true });
  const server = smtp && new URL(smtp.url ?? `smtp://${config.SMTP_HOST}:${config.SMTP_PORT}`);
  const location = server ? `${server.protocol}//${server.host}` : 'the log';
  return {
    location,
    async send(to, template, data) {
      const recipients = typeof to === 'string' ? [to] : [...to];
      const subject = template.subject(data);
      checkMessage(recipients, subject);
      const message = {
        from: config.MAIL_FROM ?? 'service@localhost',
        to: recipients,
        subject,
        text: template.text(data),
        html: template.html(data).markup,
      };
      try {
        const sent = (await transport.sendMail(message)) as { message?: string };
        if (!smtp)
          logger.info(
            { mail: JSON.parse(String(sent.message)) as unknown },
            'SMTP is not set up (SMTP_URL or SMTP_HOST): the mail is logged, not sent',
          );
      } catch (error) {
        // nodemailer's messages name the server's answer (535 Authentication failed), never the password.
        throw new MailError(
          `cannot send mail through ${location} (${smtp?.setting}): ${(error as Error).message}`,
          { cause: error },
        );
      }
    },
    close() {
      transport.close();
      return Promise.resolve();
    },
  };
}

export const closeMailer = (mailer: Mailer) => mailer.close();

/** Settings that make sense only together: one way to name the server, a whole login, a sender. */
export const mailSettingsTogether: EnvRule = (config) => {
  if (config.SMTP_URL && config.SMTP_HOST) return 'SMTP_URL and SMTP_HOST: set one, not both';
  if (Boolean(config.SMTP_USER) !== Boolean(config.SMTP_PASSWORD))
    return 'SMTP_USER and SMTP_PASSWORD: set both, or neither for a server without login';
  if ((config.SMTP_URL || config.SMTP_HOST) && !config.MAIL_FROM)
    return 'MAIL_FROM: missing; mail sent through SMTP needs a From address';
  return undefined;
};
