/**
 * The guide's subscribers and its announcements. Every read selects ids,
 * statuses and the encrypted address only where a mail must go out; nothing
 * here is ever shown on a page.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 7 * 24 * 60 * 60_000;
/** A second request for the same address within this time mails nothing more. */
export const RESEND_AFTER_MS = 10 * 60_000;

export interface PendingSubscriber {
  id: string;
  email: string;
  emailLookup: string;
  tokenHash: string;
  now: Date;
}

/**
 * Records a request to subscribe, as one upsert on the address: a new address
 * gets a pending row, a pending one gets a new link unless one was sent a
 * moment ago, a confirmed one is left as it is. True when a confirmation mail
 * is to go out — so a double tap, or two nodes at once, mails once.
 */
export async function upsertPending(db: Kysely<DB>, row: PendingSubscriber): Promise<boolean> {
  const now = row.now.toISOString();
  const inserted = await db
    .insertInto('guideSubscribers')
    .values({
      id: row.id,
      email: row.email,
      emailLookup: row.emailLookup,
      status: 'pending',
      confirmTokenHash: row.tokenHash,
      confirmExpiresAt: new Date(row.now.getTime() + CONFIRM_TTL_MS).toISOString(),
      sentAt: now,
      createdAt: now,
      confirmedAt: null,
    })
    .onConflict((oc) =>
      oc
        .column('emailLookup')
        .doUpdateSet((eb) => ({
          confirmTokenHash: eb.ref('excluded.confirmTokenHash'),
          confirmExpiresAt: eb.ref('excluded.confirmExpiresAt'),
          sentAt: eb.ref('excluded.sentAt'),
        }))
        .where('guideSubscribers.status', '=', 'pending')
        .where(
          'guideSubscribers.sentAt',
          '<',
          new Date(row.now.getTime() - RESEND_AFTER_MS).toISOString(),
        ),
    )
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The pending subscription a link stands for, if the link still works. */
export function findByToken(db: Kysely<DB>, tokenHash: string, now: Date) {
  return db
    .selectFrom('guideSubscribers')
    .select(['id'])
    .where('confirmTokenHash', '=', tokenHash)
    .where('status', '=', 'pending')
    .where('confirmExpiresAt', '>', now.toISOString())
    .executeTakeFirst();
}

/**
 * Confirms through the link, in one conditional update that also uses the
 * link up: of two requests at once, one changes the row and the other finds
 * no token left. The confirmed row's lookup, or undefined.
 */
export async function confirmByToken(db: Kysely<DB>, tokenHash: string, now: Date) {
  return db
    .updateTable('guideSubscribers')
    .set({
      status: 'confirmed',
      confirmedAt: now.toISOString(),
      confirmTokenHash: null,
      confirmExpiresAt: null,
    })
    .where('confirmTokenHash', '=', tokenHash)
    .where('status', '=', 'pending')
    .where('confirmExpiresAt', '>', now.toISOString())
    .returning(['id', 'emailLookup'])
    .executeTakeFirst();
}

export async function forgetSubscriber(db: Kysely<DB>, lookup: string): Promise<void> {
  await db.deleteFrom('guideSubscribers').where('emailLookup', '=', lookup).execute();
}

export function confirmedSubscribers(db: Kysely<DB>, limit?: number) {
  const query = db
    .selectFrom('guideSubscribers')
    .select(['id', 'email'])
    .where('status', '=', 'confirmed')
    .orderBy('id');
  return (limit === undefined ? query : query.limit(limit)).execute();
}

export async function announcedSlugs(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('guideAnnouncements').select('articleSlug').execute();
  return new Set(rows.map((r) => r.articleSlug));
}

/** Claims an article's announcement: true for the one runner that inserted the row. */
export async function claimAnnouncement(db: Kysely<DB>, slug: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('guideAnnouncements')
    .values({ articleSlug: slug, announcedAt: now.toISOString() })
    .onConflict((oc) => oc.column('articleSlug').doNothing())
    .returning('articleSlug')
    .executeTakeFirst();
  return row !== undefined;
}

export async function recordRecipients(db: Kysely<DB>, slug: string, recipients: number) {
  await db
    .updateTable('guideAnnouncements')
    .set({ recipients })
    .where('articleSlug', '=', slug)
    .execute();
}
