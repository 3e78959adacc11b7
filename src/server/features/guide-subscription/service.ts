/**
 * The guide's e-mail subscription: double opt-in, a mail per new article, and
 * leaving in one click (the mail's own headers) or by typing the address.
 *
 * Every answer that could tell whether an address is known is the same for
 * all: asking to subscribe always says "check your inbox", leaving always
 * says "not subscribed any more". What differs happens in mail only, which
 * reaches the address's owner alone.
 */
import type { Deps } from '../../platform/deps.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { CipherBinding } from '../../platform/crypto/field-cipher.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { newId } from '../../platform/ids.js';
import { addressLookup, enqueueMail, normalizeAddress } from '../../platform/mail/outbox.js';
import { turnKindOn } from '../../platform/mail/unsubscribe.js';
import { emailProblem } from '../../../domain/email-address.js';
import type { Article } from '../guide/articles.js';
import {
  announcedSlugs,
  claimAnnouncement,
  confirmByToken,
  confirmedSubscribers,
  findByToken,
  forgetSubscriber,
  recordRecipients,
  upsertPending,
} from './queries.js';

export const subscriberBinding = (id: string): CipherBinding => ({
  rowId: id,
  table: 'guide_subscribers',
});

/** Leaving by the one-click link of a guide mail (mail-preferences): the address is forgotten. */
export const forgetSubscriberByLookup = forgetSubscriber;

/** The job that mails subscribers about one article (subject: its slug). */
export const ANNOUNCE_JOB = 'guide-announce';

/** Requests to subscribe in an hour: more mails nothing (Mend must not be a way to flood an inbox). */
export const RATE_WINDOW_MS = 60 * 60_000;
export const MAX_PER_ADDRESS = 3;
export const MAX_PER_CLIENT = 10;

export type SubscribeResult =
  { kind: 'sent' } | { kind: 'invalid'; message: string; email: string };

export function subscriptionService(deps: Deps, articles: readonly Article[], jobs: Jobs) {
  const { db, clock, cipher, limiter, config, log } = deps;
  const known = new Set(articles.map((a) => a.slug));

  async function withinLimits(lookup: string, client: string): Promise<boolean> {
    const perAddress = await limiter.hit(`subscribe:addr:${lookup}`, RATE_WINDOW_MS);
    const perClient = await limiter.hit(`subscribe:client:${client}`, RATE_WINDOW_MS);
    return perAddress.count <= MAX_PER_ADDRESS && perClient.count <= MAX_PER_CLIENT;
  }

  /**
   * Mails every confirmed subscriber about one article, once: the
   * announcement row is claimed in the same transaction as the mails are
   * queued, so a second runner (another node, a retry) finds it claimed
   * and queues nothing. Subscribers who confirm later are not mailed about
   * it: they subscribed to what comes next.
   */
  async function announce(slug: string): Promise<number> {
    if (!known.has(slug)) return 0;
    const now = clock.now();
    const recipients = await db.transaction().execute(async (trx) => {
      if (!(await claimAnnouncement(trx, slug, now))) return null;
      let queued = 0;
      for (const subscriber of await confirmedSubscribers(trx)) {
        const to = cipher.decrypt(subscriber.email, subscriberBinding(subscriber.id));
        const mail = await enqueueMail(
          trx,
          cipher,
          { to, template: 'guide-new-article', link: `${config.publicUrl}/guide/${slug}` },
          now,
        );
        if (mail) queued += 1;
      }
      await recordRecipients(trx, slug, queued);
      return queued;
    });
    if (recipients !== null)
      log.info({ slug, recipients, event: 'guide-announce' }, 'guide article announced');
    return recipients ?? 0;
  }

  return {
    /**
     * Asks to subscribe. Only a malformed address is answered differently;
     * a known, a new, a throttled address and a filled honeypot all answer
     * `sent`, and only a real, first or late-enough request queues a mail.
     */
    async subscribe(typed: string, honeypot: string, client: string): Promise<SubscribeResult> {
      const problem = emailProblem(typed);
      if (problem) return { kind: 'invalid', message: problem, email: typed };
      if (honeypot !== '') {
        log.info({ event: 'guide-subscribe', outcome: 'honeypot' }, 'guide subscription asked');
        return { kind: 'sent' };
      }
      const email = normalizeAddress(typed);
      const lookup = addressLookup(cipher, email);
      if (!(await withinLimits(lookup, client))) {
        log.info({ event: 'guide-subscribe', outcome: 'throttled' }, 'guide subscription asked');
        return { kind: 'sent' };
      }
      const now = clock.now();
      const id = newId(now.getTime());
      const token = newToken();
      const mailed = await db.transaction().execute(async (trx) => {
        const fresh = await upsertPending(trx, {
          id,
          email: cipher.encrypt(email, subscriberBinding(id)),
          emailLookup: lookup,
          tokenHash: hashToken(token),
          now,
        });
        if (!fresh) return false;
        await enqueueMail(
          trx,
          cipher,
          {
            to: email,
            template: 'guide-subscribe-confirm',
            link: `${config.publicUrl}/guide/subscribe/confirm?token=${token}`,
          },
          now,
        );
        return true;
      });
      log.info(
        { event: 'guide-subscribe', outcome: mailed ? 'mailed' : 'unchanged' },
        'guide subscription asked',
      );
      return { kind: 'sent' };
    },

    /** Whether a confirmation link still works (its page asks before confirming). */
    async linkWorks(token: string): Promise<boolean> {
      if (token === '' || token.length > 200) return false;
      return (await findByToken(db, hashToken(token), clock.now())) !== undefined;
    },

    /** Confirms through the link; false when it was used, expired or never worked. */
    async confirm(token: string): Promise<boolean> {
      if (token === '' || token.length > 200) return false;
      const row = await confirmByToken(db, hashToken(token), clock.now());
      if (!row) return false;
      // Subscribing again after a one-click unsubscribe is asking anew.
      await turnKindOn(db, row.emailLookup, 'guide-new-article');
      log.info({ event: 'guide-subscribe', outcome: 'confirmed' }, 'guide subscription confirmed');
      return true;
    },

    /**
     * Forgets an address, known or not, with the same answer. Only a malformed
     * one is refused, so the reader can correct a typing mistake.
     */
    async unsubscribe(typed: string): Promise<{ ok: true } | { ok: false; message: string }> {
      const problem = emailProblem(typed);
      if (problem) return { ok: false, message: problem };
      await forgetSubscriber(db, addressLookup(cipher, typed));
      log.info({ event: 'guide-unsubscribe' }, 'guide subscription ended');
      return { ok: true };
    },

    announce,

    /**
     * At start: every article not announced yet gets its mail job. With no
     * confirmed subscriber (a new installation) it is marked announced at
     * once instead: there is nobody to mail, and a job would only wait.
     */
    async planAnnouncements(): Promise<number> {
      const done = await announcedSlugs(db);
      const due = articles.filter((a) => !done.has(a.slug));
      if (due.length === 0) return 0;
      const anyone = (await confirmedSubscribers(db, 1)).length > 0;
      for (const article of due)
        if (anyone) await jobs.enqueue(ANNOUNCE_JOB, article.slug);
        else await announce(article.slug);
      return due.length;
    },
  };
}

export type SubscriptionService = ReturnType<typeof subscriptionService>;
