/**
 * The confirmation mails that sign-up and the e-mail change send, and whether
 * they are sent at all: only when mail can arrive (SMTP_URL set). On a trial
 * install without SMTP no link could ever be followed, so an address is taken
 * as given (sign-up signs in at once, a change applies at once), as the
 * operations guide says.
 */
import type { Kysely } from 'kysely';
import { issueAccountLink } from '../../platform/auth/account-links.js';
import type { Config } from '../../platform/config.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { DB } from '../../platform/db/schema.js';
import { enqueueMail } from '../../platform/mail/outbox.js';

export const emailVerificationOn = (config: Pick<Config, 'smtpUrl'>): boolean =>
  Boolean(config.smtpUrl);

/** The page that POSTs the token; it rides in the fragment, never reaching a log or a Referer. */
export const confirmationUrl = (config: Pick<Config, 'publicUrl'>, token: string) =>
  `${config.publicUrl}/confirm-email#token=${token}`;

interface MailContext {
  db: Kysely<DB>;
  cipher: FieldCipher;
  config: Pick<Config, 'publicUrl'>;
  now: Date;
}

/** A new sign-up link for an unconfirmed account (earlier ones stop working). */
export async function sendSignUpLink(
  { db, cipher, config, now }: MailContext,
  member: { id: string; email: string },
): Promise<void> {
  const token = await issueAccountLink(
    db,
    cipher,
    { memberId: member.id, purpose: 'confirm-sign-up' },
    now,
  );
  await enqueueMail(
    db,
    cipher,
    { to: member.email, template: 'confirm-sign-up', link: confirmationUrl(config, token) },
    now,
  );
}

/** Someone signed up with an address that has an account: its owner hears of it, nobody else does. */
export async function sendSignUpAttempt(
  { db, cipher, config, now }: MailContext,
  email: string,
): Promise<void> {
  await enqueueMail(
    db,
    cipher,
    { to: email, template: 'sign-up-attempt', link: `${config.publicUrl}/forgot-password` },
    now,
  );
}

/**
 * An e-mail change to an address that already has an account: the old address
 * gets the same notice as for a real change (so the answer and the mails look
 * alike to the one asking), and the owner of the address, at most a few times
 * an hour, a note that someone tried. No link: nothing can change.
 */
export async function sendEmailChangeAttempt(
  { db, cipher, config, now }: MailContext,
  member: { id: string; email: string },
  takenEmail: string,
  { mayMail }: { mayMail: boolean },
): Promise<void> {
  if (mayMail) {
    await enqueueMail(
      db,
      cipher,
      { to: takenEmail, template: 'email-change-attempt', link: `${config.publicUrl}/` },
      now,
    );
  }
  await enqueueMail(
    db,
    cipher,
    { to: member.email, template: 'email-change-notice', link: `${config.publicUrl}/` },
    now,
  );
}

/** A link to the new address, and a notice to the old one; nothing changes until the link. */
export async function sendEmailChangeLinks(
  { db, cipher, config, now }: MailContext,
  member: { id: string; email: string },
  newEmail: string,
): Promise<void> {
  const token = await issueAccountLink(
    db,
    cipher,
    { memberId: member.id, purpose: 'confirm-email-change', newEmail },
    now,
  );
  await enqueueMail(
    db,
    cipher,
    { to: newEmail, template: 'confirm-email-change', link: confirmationUrl(config, token) },
    now,
  );
  await enqueueMail(
    db,
    cipher,
    { to: member.email, template: 'email-change-notice', link: `${config.publicUrl}/` },
    now,
  );
}
