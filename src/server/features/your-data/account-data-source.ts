/**
 * The member's account, sessions, notices and e-mails addressed to them, in
 * the export, with the mailed links still open (never their token hashes), an
 * address waiting for confirmation, and the mail kinds they turned off.
 * Secrets (password hash, token hashes) never leave.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { addressLookup } from '../../platform/mail/outbox.js';
import { optOutsOf } from '../mail-preferences/service.js';

export const accountDataSource: MemberDataSource = {
  async export({ db, cipher, memberId }) {
    const member = await db
      .selectFrom('members')
      .select([
        'id',
        'email',
        'displayName',
        'timeZone',
        'createdAt',
        'updatedAt',
        'emailConfirmedAt',
      ])
      .where('id', '=', memberId)
      .execute();
    const sessions = await db
      .selectFrom('sessions')
      .select(['id', 'device', 'createdAt', 'lastSeenAt', 'expiresAt'])
      .where('memberId', '=', memberId)
      .orderBy('createdAt')
      .execute();
    const notices = await db
      .selectFrom('notices')
      .select(['id', 'kind', 'detail', 'createdAt', 'dismissedAt'])
      .where('memberId', '=', memberId)
      .orderBy('createdAt')
      .execute();
    const email = member[0]?.email;
    const mail = email
      ? await db
          .selectFrom('outbox')
          .select(['id', 'template', 'createdAt', 'sentAt'])
          .where('toLookup', '=', addressLookup(cipher, email))
          .orderBy('createdAt')
          .execute()
      : [];
    const links = await db
      .selectFrom('accountLinks')
      .select(['id', 'purpose', 'newEmail', 'createdAt', 'expiresAt'])
      .where('memberId', '=', memberId)
      .orderBy('createdAt')
      .execute();
    const accountLinks = links.map(({ newEmail, ...link }) => ({
      ...link,
      newEmail: cipher.decryptNullable(newEmail, { rowId: link.id, memberId }),
    }));
    const mailOptOuts = email ? await optOutsOf(db, cipher, email) : [];
    return {
      members: member,
      sessions,
      notices,
      outbox: mail,
      accountLinks,
      mailOptOuts,
    };
  },
};
