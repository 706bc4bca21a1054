import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['escape-html', 'nodemailer'],
  devDependencies: ['@types/escape-html', '@types/nodemailer', 'mailparser', 'smtp-server'],
  env: [
    {
      name: 'SMTP_URL',
      schema: 'z.url({ protocol: /^smtps?$/ }).optional()',
      expects:
        'an smtp:// or smtps:// URL with the login, such as smtp://user:password@mail.example.com:587; or SMTP_HOST and its fellows; unset with them, mail is logged',
      example: '',
      secret: true,
    },
    {
      name: 'SMTP_HOST',
      schema: 'z.string().min(1).optional()',
      expects: 'the mail server, when SMTP_URL is not used',
      example: '',
    },
    {
      name: 'SMTP_PORT',
      schema: 'z.coerce.number().int().min(1).max(65535).default(587)',
      expects: 'the mail server port, 1 to 65535; 465 speaks TLS from the start',
      example: '587',
    },
    {
      name: 'SMTP_USER',
      schema: 'z.string().min(1).optional()',
      expects: 'the login at SMTP_HOST, with SMTP_PASSWORD',
      example: '',
    },
    {
      name: 'SMTP_PASSWORD',
      schema: 'z.string().min(1).optional()',
      expects: 'the password of SMTP_USER',
      example: '',
      secret: true,
    },
    {
      name: 'MAIL_FROM',
      schema: 'z.string().min(3).optional()',
      expects: 'the sender of mail, such as Reports <reports@example.org>; needed with SMTP',
      example: '',
    },
  ],
  envRules: [{ name: 'mailSettingsTogether', from: 'src/email/mailer.ts' }],
  deps: [
    {
      name: 'mailer',
      type: 'Mailer',
      factory: 'createMailer',
      from: 'src/email/mailer.ts',
      close: 'closeMailer',
    },
  ],
  commands: [{ name: 'sendTestEmail', from: 'src/cli/mail-commands.ts' }],
  layout: [{ path: 'src/email/', holds: 'mail: the mailer and the messages it sends' }],
  readme: [{ title: 'Email', partial: 'email-smtp.md' }],
};

/** Mail through SMTP, or into the log when no server is set. */
export default {
  summary: 'Email through SMTP (SMTP_URL, or SMTP_HOST and its fellows), logged whole without it',
  stage: 'platform',
  brings: ['manage'],
  choice: {
    answer: 'adapters',
    value: 'email-smtp',
    label: 'Email: templated mail through SMTP, logged without a server',
  },
  contribution,
} satisfies FeatureDeclaration;
