/**
 * The embedded install has no SMTP: e-mails wait in the outbox, and this page
 * lets the person running Mend on their own machine see what was queued. It
 * exists only when asked for (MEND_DEV_OUTBOX=1, refused in production and
 * with SMTP), answers only requests from this machine, and never shows a live
 * token: a link is cut before its query and fragment, so the page cannot hand
 * an invitation to whoever reads it (through DNS rebinding, say). To follow a
 * link, deliver the mail: set SMTP_URL.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/problem.js';
import { outboxBinding } from './outbox.js';
import { isTemplateName, TEMPLATES } from './templates.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The link without what makes it work: its token lives in the query or the fragment. */
export function maskLink(link: string): string {
  const bare = link.split(/[?#]/, 1)[0] ?? '';
  return bare === link ? link : `${bare}#[token hidden]`;
}

export function registerDevOutbox(app: FastifyInstance, db: Kysely<DB>, cipher: FieldCipher): void {
  app.get('/api/v1/dev/outbox', { config: { auth: 'public' } }, async (request) => {
    if (!LOOPBACK.has(request.ip)) throw notFound();
    const rows = await db
      .selectFrom('outbox')
      .selectAll()
      .orderBy('createdAt', 'desc')
      .limit(50)
      .execute();
    return {
      items: rows.map((row) => {
        const link = cipher.decryptNullable(row.link, outboxBinding(row.id));
        return {
          id: row.id,
          to: cipher.decrypt(row.toAddress, outboxBinding(row.id)),
          subject: isTemplateName(row.template) ? TEMPLATES[row.template].subject : row.template,
          text: isTemplateName(row.template)
            ? TEMPLATES[row.template].text(link === null ? null : maskLink(link))
            : '',
          createdAt: row.createdAt,
          sentAt: row.sentAt,
        };
      }),
    };
  });
}
