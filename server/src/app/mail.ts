// Outgoing mail: to the SMTP server of EmailSettings (nodemailer does the SMTP), or, when none
// is configured, written to the server log so that nothing is lost on a server without mail.
import nodemailer from 'nodemailer';
import type { EmailSettings } from '../config/config.js';
import type { Logger } from '../log.js';
import { AppError, invalidField } from './errors.js';

const addressPattern = /^[^\s@<>,;]+@[^\s@<>,;]+$/;
const connectionTimeoutMs = 10_000;

export class Mailer {
  constructor(private readonly settings: () => EmailSettings, private readonly logger: Logger) {}

  /** Sends an HTML mail to one address; every field is required (400 naming it). */
  async send(to: string, subject: string, htmlBody: string): Promise<void> {
    if (!to) throw invalidField('mail', 'to', 'is required');
    if (!addressPattern.test(to)) throw invalidField('mail', 'to', 'must be one email address');
    if (!subject) throw invalidField('mail', 'subject', 'is required');
    if (!htmlBody) throw invalidField('mail', 'html_body', 'is required');
    const s = this.settings();
    if (!s.SMTPServer) {
      this.logger.info('mail not sent: no SMTP server is configured (EmailSettings.SMTPServer); the message follows', { to, subject, html_body: htmlBody });
      return;
    }
    const port = Number(s.SMTPPort);
    const transport = nodemailer.createTransport({
      host: s.SMTPServer,
      port,
      secure: s.ConnectionSecurity === 'TLS',
      requireTLS: s.ConnectionSecurity === 'STARTTLS',
      ignoreTLS: s.ConnectionSecurity === '',
      auth: s.SMTPUsername ? { user: s.SMTPUsername, pass: s.SMTPPassword } : undefined,
      tls: { rejectUnauthorized: !s.SkipServerCertificateVerification },
      connectionTimeout: connectionTimeoutMs,
      greetingTimeout: connectionTimeoutMs,
      socketTimeout: connectionTimeoutMs,
    });
    try {
      await transport.sendMail({ from: { name: s.FeedbackName, address: s.FeedbackEmail }, to, subject, html: htmlBody });
      this.logger.info('mail sent', { to, subject, smtp_server: `${s.SMTPServer}:${port}` });
    } catch (err) {
      throw new AppError('app.mail.send_mail.app_error', `Failed to send mail to ${to} through ${s.SMTPServer}:${port}: ${(err as Error).message}`, 500);
    } finally {
      transport.close();
    }
  }
}
