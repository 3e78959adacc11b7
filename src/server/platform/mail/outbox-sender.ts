/**
 * Delivers the outbox over SMTP (when SMTP_URL is set). Any number of app nodes
 * may run it: a row is claimed with a conditional update before sending, so
 * only one node sends it. Failures are retried with a growing pause, up to five
 * attempts; the error kept is the SMTP reply code, never the message. Once a
 * mail has gone, its link (a live token) is cleared: the row keeps only that
 * it was sent, to whom (encrypted) and when.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock } from '../clock.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';
import { addressLookup, outboxBinding } from './outbox.js';
import { renderMail } from './render.js';
import { isTemplateName } from './templates.js';

const MAX_ATTEMPTS = 5;
const CLAIM_MS = 60_000;
const POLL_MS = 2_000;

export interface OutboxSender {
  /** Sends everything due now; resolves when done. Tests call it directly. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function startOutboxSender(options: {
  db: Kysely<DB>;
  clock: Clock;
  cipher: FieldCipher;
  smtpUrl: string;
  from: string;
  /** Where links in the mail point (the unsubscribe page and endpoint). */
  publicUrl: string;
  log: FastifyBaseLogger;
  poll?: boolean;
}): OutboxSender {
  const { db, clock, cipher, log } = options;
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<number> | null = null;

  async function sendOne(id: string): Promise<boolean> {
    const now = clock.now();
    const claimed = await db
      .updateTable('outbox')
      .set((eb) => ({
        lockedUntil: new Date(now.getTime() + CLAIM_MS).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .where('sentAt', 'is', null)
      .where((eb) =>
        eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now.toISOString())]),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    const row = await db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (!isTemplateName(row.template)) {
      await db
        .updateTable('outbox')
        .set({ lastError: 'unknown-template' })
        .where('id', '=', id)
        .execute();
      return false;
    }
    const to = cipher.decrypt(row.toAddress, outboxBinding(id));
    const mail = renderMail(row.template, cipher.decryptNullable(row.link, outboxBinding(id)), {
      lookup: row.toLookup ?? addressLookup(cipher, to),
      cipher,
      publicUrl: options.publicUrl,
    });
    try {
      await transport.sendMail({ from: options.from, to, ...mail });
      await db
        .updateTable('outbox')
        .set({ sentAt: clock.now().toISOString(), lockedUntil: null, lastError: null, link: null })
        .where('id', '=', id)
        .execute();
      log.info({ outboxId: id, template: row.template }, 'e-mail sent');
      return true;
    } catch (error) {
      const code =
        (error as { responseCode?: number; code?: string }).responseCode ??
        (error as { code?: string }).code ??
        'error';
      // Wait longer after each failure: 1, 2, 4, 8 minutes.
      const pause = 60_000 * 2 ** Math.max(0, row.attempts - 1);
      await db
        .updateTable('outbox')
        .set({
          lastError: String(code),
          lockedUntil: new Date(clock.now().getTime() + pause).toISOString(),
        })
        .where('id', '=', id)
        .execute();
      log.warn({ outboxId: id, code }, 'e-mail delivery failed');
      return false;
    }
  }

  async function drainOnce(): Promise<number> {
    const now = clock.now().toISOString();
    const due = await db
      .selectFrom('outbox')
      .select('id')
      .where('sentAt', 'is', null)
      .where('attempts', '<', MAX_ATTEMPTS)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now)]))
      .orderBy('createdAt')
      .limit(50)
      .execute();
    let sent = 0;
    for (const { id } of due) if (await sendOne(id)) sent += 1;
    return sent;
  }

  const drain = () => {
    running ??= drainOnce().finally(() => {
      running = null;
    });
    return running;
  };

  const timer =
    options.poll === false
      ? null
      : setInterval(() => {
          drain().catch((error: unknown) => log.error({ err: error }, 'outbox drain failed'));
        }, POLL_MS);
  timer?.unref();

  return {
    drain,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => 0);
      transport.close();
    },
  };
}
