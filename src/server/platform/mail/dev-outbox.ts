/**
 * The embedded install has no SMTP: e-mails wait in the outbox, and this page
 * shows them so a person running Mend on their own machine can follow a link.
 * It exists only outside production and answers only requests from this machine.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/problem.js';
import { isTemplateName, TEMPLATES } from './templates.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function registerDevOutbox(app: FastifyInstance, db: Kysely<DB>): void {
  app.get('/api/v1/dev/outbox', { config: { auth: 'public' } }, async (request) => {
    if (!LOOPBACK.has(request.ip)) throw notFound();
    const rows = await db
      .selectFrom('outbox')
      .selectAll()
      .orderBy('createdAt', 'desc')
      .limit(50)
      .execute();
    return {
      items: rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: isTemplateName(row.template) ? TEMPLATES[row.template].subject : row.template,
        text: isTemplateName(row.template) ? TEMPLATES[row.template].text(row.link) : '',
        createdAt: row.createdAt,
        sentAt: row.sentAt,
      })),
    };
  });
}
