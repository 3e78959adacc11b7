/**
 * E-mail goes through an outbox table, written in the same transaction as the
 * change that causes it: a rolled-back change sends nothing, a committed one
 * is never forgotten.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import type { TemplateName } from './templates.js';

export interface QueuedMail {
  to: string;
  template: TemplateName;
  link?: string;
}

export async function enqueueMail(db: Kysely<DB>, mail: QueuedMail, now: Date): Promise<string> {
  const id = newId(now.getTime());
  await db
    .insertInto('outbox')
    .values({
      id,
      toAddress: mail.to,
      template: mail.template,
      link: mail.link ?? null,
      createdAt: now.toISOString(),
      sentAt: null,
      attempts: 0,
      lockedUntil: null,
      lastError: null,
    })
    .execute();
  return id;
}
