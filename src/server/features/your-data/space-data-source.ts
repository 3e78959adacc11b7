/**
 * The member's memberships, the spaces they were in, the invites they made,
 * their safety checks, and their space's therapist grants, notes and audit log.
 */
import { OWN_ACTIVITY_ONLY } from '../../platform/audit/audit-log.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';

export const spaceDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId }) {
    const memberships = await db
      .selectFrom('spaceMembers')
      .select(['id', 'spaceId', 'memberId', 'joinedAt', 'leftAt'])
      .where('memberId', '=', memberId)
      .orderBy('joinedAt')
      .execute();
    const spaceIds = [...new Set(memberships.map((m) => m.spaceId))];
    const spaces = spaceIds.length
      ? await db
          .selectFrom('spaces')
          .select(['id', 'createdBy', 'createdAt'])
          .where('id', 'in', spaceIds)
          .execute()
      : [];
    const invites = await db
      .selectFrom('invites')
      .select(['id', 'spaceId', 'createdAt', 'expiresAt', 'usedAt', 'revokedAt'])
      .where('createdBy', '=', memberId)
      .orderBy('createdAt')
      .execute();
    const safety = await db
      .selectFrom('safetyChecks')
      .select(['id', 'answers', 'createdAt'])
      .where('memberId', '=', memberId)
      .orderBy('createdAt')
      .execute();

    const sections: Record<string, unknown[]> = {
      space_members: memberships,
      spaces,
      invites,
      safety_checks: safety.map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        ...(JSON.parse(cipher.decrypt(row.answers, { rowId: row.id, memberId })) as object),
      })),
    };

    // Grants where the member is the therapist, and the space's own grants.
    const grantRows = await db
      .selectFrom('therapistGrants')
      .selectAll()
      .where((eb) =>
        spaceId
          ? eb.or([eb('spaceId', '=', spaceId), eb('therapistId', '=', memberId)])
          : eb('therapistId', '=', memberId),
      )
      .execute();
    sections.therapist_grants = grantRows.map((row) => ({
      id: row.id,
      spaceId: row.spaceId,
      email: cipher.decrypt(row.therapistEmail, { rowId: row.id, spaceId: row.spaceId }),
      proposedBy: row.proposedBy,
      proposedAt: row.proposedAt,
      consentedBy: row.consentedBy,
      consentedAt: row.consentedAt,
      declinedAt: row.declinedAt,
      therapistId: row.therapistId,
      acceptedAt: row.acceptedAt,
      revokedAt: row.revokedAt,
      revokedBy: row.revokedBy,
    }));

    const noteRows = await db
      .selectFrom('therapistNotes')
      .selectAll()
      .where((eb) =>
        spaceId
          ? eb.or([eb('spaceId', '=', spaceId), eb('authorId', '=', memberId)])
          : eb('authorId', '=', memberId),
      )
      .orderBy('createdAt')
      .execute();
    sections.therapist_notes = noteRows.map((row) => ({
      id: row.id,
      spaceId: row.spaceId,
      authorId: row.authorId,
      text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
      createdAt: row.createdAt,
    }));

    sections.audit_events = await db
      .selectFrom('auditEvents')
      .select(['id', 'spaceId', 'memberId', 'action', 'subject', 'createdAt'])
      // The space's log as this member reads it (not the partner's exports),
      // and the member's own events wherever they happened.
      .where((eb) =>
        spaceId
          ? eb.or([
              eb.and([eb('spaceId', '=', spaceId), eb('action', 'not in', OWN_ACTIVITY_ONLY)]),
              eb('memberId', '=', memberId),
            ])
          : eb('memberId', '=', memberId),
      )
      .orderBy('createdAt')
      .execute();
    return sections;
  },
};
