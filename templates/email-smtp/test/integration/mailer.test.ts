import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailTemplate } from '../../src/email/mailer.js';
import { html } from '../../src/email/safe-html.js';
import { manageWith } from '../helpers/manage.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { testDeps } from '../helpers/test-deps.js';

/** Mail through a real SMTP server in this process that requires a login. */

const smtp = await startSmtpServer('mailer', 'correct horse');
afterAll(() => smtp.stop());

const welcome: MailTemplate<{ name: string; items: string[] }> = {
  subject: ({ name }) => `Welcome, ${name}`,
  text: ({ name, items }) => `Hello ${name}\n${items.join('\n')}\n`,
  html: ({ name, items }) =>
    html`<p>Hello ${name}</p>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`,
};
const smtpUrl = (password: string) =>
  `smtp://mailer:${encodeURIComponent(password)}@127.0.0.1:${smtp.port}`;
const from = 'Service <service@example.test>';
/** HTML without the line breaks and indents between tags, which Prettier lays out in templates. */
const flat = (markup: unknown) => String(markup).replace(/>\s+</g, '><');

beforeEach(() => {
  smtp.received.length = 0;
});

describe('mail through SMTP', () => {
  it('delivers envelope, headers, text and HTML, escaping what the data holds', async () => {
    const { mailer } = await testDeps({ SMTP_URL: smtpUrl('correct horse'), MAIL_FROM: from });
    await mailer.send(['ada@example.test', 'bob@example.test'], welcome, {
      name: '<script>alert(1)</script> & Ada',
      items: ['first <b>', 'second'],
    });
    expect(smtp.received).toHaveLength(1);
    const [{ envelope, mail }] = smtp.received as [(typeof smtp.received)[0]];
    expect(envelope).toEqual({
      from: 'service@example.test',
      to: ['ada@example.test', 'bob@example.test'],
    });
    expect(mail.subject).toBe('Welcome, <script>alert(1)</script> & Ada');
    expect(mail.from?.text).toBe('"Service" <service@example.test>');
    expect(mail.to).toMatchObject({ text: 'ada@example.test, bob@example.test' });
    expect(mail.text).toBe('Hello <script>alert(1)</script> & Ada\nfirst <b>\nsecond\n');
    expect(flat(mail.html)).toBe(
      '<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; Ada</p><ul><li>first &lt;b&gt;</li><li>second</li></ul>',
    );
  });

  it('delivers nothing with a wrong password, and says the server refused the login', async () => {
    const { mailer } = await testDeps({ SMTP_URL: smtpUrl('wrong'), MAIL_FROM: from });
    const sending = mailer.send('ada@example.test', welcome, { name: 'Ada', items: [] });
    await expect(sending).rejects.toThrow(
      new RegExp(`^cannot send mail through smtp://127.0.0.1:${smtp.port} \\(SMTP_URL\\): .*535`),
    );
    await expect(sending).rejects.not.toThrow(/wrong/);
    expect(smtp.received).toHaveLength(0);
  });

  it('takes the server as SMTP_HOST and its fellows, the password from SMTP_PASSWORD_FILE', async () => {
    const secret = join(mkdtempSync(join(tmpdir(), 'smtp-secret-')), 'password');
    writeFileSync(secret, 'correct horse\n');
    const { mailer } = await testDeps({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_USER: 'mailer',
      SMTP_PASSWORD_FILE: secret,
      MAIL_FROM: from,
    });
    await mailer.send('ada@example.test', welcome, { name: 'Ada', items: [] });
    expect(smtp.received.map(({ mail }) => mail.subject)).toEqual(['Welcome, Ada']);
  });

  it('refuses what is not an address, and a subject that would add a header', async () => {
    const { mailer } = await testDeps({ SMTP_URL: smtpUrl('correct horse'), MAIL_FROM: from });
    await expect(mailer.send('not an address', welcome, { name: 'x', items: [] })).rejects.toThrow(
      'cannot send mail: "not an address" is not an email address',
    );
    await expect(
      mailer.send('ada@example.test', welcome, { name: 'x\r\nBcc: eve@example.test', items: [] }),
    ).rejects.toThrow('cannot send mail: the subject has a line break');
    expect(smtp.received).toHaveLength(0);
  });

  it('sends the test email from npm run manage -- send-test-email', async () => {
    const manage = manageWith(
      await testDeps({ SMTP_URL: smtpUrl('correct horse'), MAIL_FROM: from }),
    );
    const sent = await manage('send-test-email', '--to', 'ops@example.test');
    expect(sent).toEqual({
      code: 0,
      output: `test email to ops@example.test handed to smtp://127.0.0.1:${smtp.port}`,
    });
    expect(smtp.received[0]?.mail.subject).toMatch(/^Test email from /);
    expect(smtp.received[0]?.mail.html).toContain('<strong>');
    const refused = await manage('send-test-email', '--to', 'nobody');
    expect(refused).toEqual({
      code: 1,
      output: 'cannot send mail: "nobody" is not an email address',
    });
  });
});

describe('mail without SMTP', () => {
  it('logs the whole message instead of sending it', async () => {
    const deps = await testDeps({ LOG_LEVEL: 'info' });
    await deps.mailer.send('ada@example.test', welcome, { name: '<Ada>', items: ['one'] });
    const logged = deps.logLines().find((line) => 'mail' in line);
    expect(logged).toMatchObject({
      msg: 'SMTP is not set up (SMTP_URL or SMTP_HOST): the mail is logged, not sent',
      mail: { subject: 'Welcome, <Ada>', text: 'Hello <Ada>\none\n' },
    });
    expect(flat((logged?.mail as { html: string }).html)).toBe(
      '<p>Hello &lt;Ada&gt;</p><ul><li>one</li></ul>',
    );
  });

  it('refuses settings that do not go together, naming them', async () => {
    await expect(
      testDeps({ SMTP_URL: smtpUrl('x'), SMTP_HOST: 'mail.test', MAIL_FROM: from }),
    ).rejects.toThrow('SMTP_URL and SMTP_HOST: set one, not both');
    await expect(
      testDeps({ SMTP_HOST: 'mail.test', SMTP_USER: 'u', MAIL_FROM: from }),
    ).rejects.toThrow('SMTP_USER and SMTP_PASSWORD: set both');
    await expect(testDeps({ SMTP_HOST: 'mail.test' })).rejects.toThrow('MAIL_FROM: missing');
  });
});
