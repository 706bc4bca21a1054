import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  mail: ParsedMail;
}

/**
 * A mail server in this process (smtp-server) that takes mail only after a
 * login with `user` and `password`, as a provider's relay does, and keeps
 * what it received, parsed.
 */
export async function startSmtpServer(user: string, password: string) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: false,
    // The test speaks plain SMTP on loopback; a real relay would offer STARTTLS.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === user && auth.password === password) done(null, { user });
      else done(new Error('Authentication failed'));
    },
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          const { mailFrom, rcptTo } = session.envelope;
          received.push({
            envelope: {
              from: mailFrom ? mailFrom.address : '',
              to: rcptTo.map((recipient) => recipient.address),
            },
            mail,
          });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
