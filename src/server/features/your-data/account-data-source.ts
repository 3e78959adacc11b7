/**
 * The member's account, sessions, notices and e-mails addressed to them, in
 * the export. Secrets (password hash, token hashes) never leave.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { addressLookup } from '../../platform/mail/outbox.js';

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
    return { members: member, sessions, notices, outbox: mail };
  },
};
