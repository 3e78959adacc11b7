/**
 * The member's mail choices and open links in their export: the mailed links
 * not used yet (purpose and times, never the token hash), an address waiting
 * for confirmation, and the kinds of mail turned off for their address.
 * Account deletion removes the links by cascade and the choices explicitly
 * (they are keyed by address, see your-data/service.ts).
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { optOutsOf } from './service.js';

export const mailDataSource: MemberDataSource = {
  async export({ db, cipher, memberId }) {
    const links = await db
      .selectFrom('accountLinks')
      .select(['id', 'purpose', 'newEmail', 'createdAt', 'expiresAt'])
      .where('memberId', '=', memberId)
      .orderBy('createdAt')
      .execute();
    const member = await db
      .selectFrom('members')
      .select('email')
      .where('id', '=', memberId)
      .executeTakeFirst();
    return {
      account_links: links.map(({ newEmail, ...link }) => ({
        ...link,
        newEmail: cipher.decryptNullable(newEmail, { rowId: link.id, memberId }),
      })),
      mail_opt_outs: member ? await optOutsOf(db, cipher, member.email) : [],
    };
  },
};
