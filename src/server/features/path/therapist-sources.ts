/**
 * What a consented therapist may see of the repair phase: the shared entries
 * whose authors turned on "therapist may see" — through the one visibility
 * rule (`visibleTo` with the therapist reader). Ready for
 * `features/therapist/view-sources.ts` to list beside the check-ins source.
 */
import type { TherapistViewContext, TherapistViewSource } from '../therapist/view-sources.js';
import { visibleTo } from '../../platform/db/visibility.js';

const LIMIT = 400;

export const breachesTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('breaches')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where(visibleTo(reader))
      .orderBy('createdAt', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => {
      const binding = { rowId: row.id, spaceId: row.spaceId };
      return {
        kind: 'breach',
        id: row.id,
        authorId: row.authorId,
        day: row.day,
        createdAt: row.createdAt,
        facts: {
          title: cipher.decrypt(row.title, binding),
          category: row.category,
          cameToLight: row.cameToLight,
          mutual: row.mutual === 1,
          brokeTrustId: row.brokeTrustId,
          hurtId: row.hurtId,
        },
        text: cipher.decrypt(row.description, binding),
      };
    });
  },
};

export const acknowledgmentsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('acknowledgments')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where('breachId', 'is not', null)
      .where(visibleTo(reader))
      .orderBy('createdAt', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => ({
      kind: 'acknowledgment',
      id: row.id,
      authorId: row.authorId,
      day: null,
      createdAt: row.createdAt,
      facts: { breachId: row.breachId, version: row.version },
      text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
    }));
  },
};

export const impactStatementsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('impactStatements')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where('breachId', 'is not', null)
      .where(visibleTo(reader))
      .orderBy('createdAt', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => ({
      kind: 'impact-statement',
      id: row.id,
      authorId: row.authorId,
      day: null,
      createdAt: row.createdAt,
      facts: { breachId: row.breachId, version: row.version },
      text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
    }));
  },
};

export const apologiesTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('apologies')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where('breachId', 'is not', null)
      .where(visibleTo(reader))
      .orderBy('createdAt', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => {
      const binding = { rowId: row.id, spaceId: row.spaceId };
      return {
        kind: 'apology',
        id: row.id,
        authorId: row.authorId,
        day: null,
        createdAt: row.createdAt,
        facts: {
          breachId: row.breachId,
          version: row.version,
          impactStatementId: row.impactStatementId,
        },
        text: [
          cipher.decrypt(row.whatHappened, binding),
          cipher.decrypt(row.impact, binding),
          cipher.decrypt(row.responsibility, binding),
          cipher.decrypt(row.whatWillChange, binding),
        ].join('\n\n'),
      };
    });
  },
};

export const conversationsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('conversations')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where(visibleTo(reader))
      .orderBy('day', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => ({
      kind: 'conversation',
      id: row.id,
      authorId: row.authorId,
      day: row.day,
      createdAt: row.createdAt,
      facts: { minutes: row.minutes, startedById: row.startedById, promptId: row.promptId },
      text: cipher.decrypt(row.topic, { rowId: row.id, spaceId: row.spaceId }),
    }));
  },
};

export const agreementsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('agreementVersions')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where(visibleTo(reader))
      .orderBy('createdAt', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => ({
      kind: 'agreement-version',
      id: row.id,
      authorId: row.authorId,
      day: row.reviewOn,
      createdAt: row.createdAt,
      facts: { agreementId: row.agreementId, version: row.version, versionKind: row.kind },
      text: cipher.decryptNullable(row.text, { rowId: row.id, spaceId: row.spaceId }),
    }));
  },
};

export const setbacksTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }: TherapistViewContext) {
    const rows = await db
      .selectFrom('setbacks')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where(visibleTo(reader))
      .orderBy('day', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map((row) => ({
      kind: 'setback',
      id: row.id,
      authorId: row.authorId,
      day: row.day,
      createdAt: row.createdAt,
      facts: { setbackKind: row.kind, severity: row.severity },
      text: cipher.decryptNullable(row.note, { rowId: row.id, spaceId: row.spaceId }),
    }));
  },
};

/** Every repair-phase source, for THERAPIST_VIEW_SOURCES. */
export const REPAIR_THERAPIST_SOURCES: TherapistViewSource[] = [
  breachesTherapistSource,
  acknowledgmentsTherapistSource,
  impactStatementsTherapistSource,
  apologiesTherapistSource,
  conversationsTherapistSource,
  agreementsTherapistSource,
  setbacksTherapistSource,
];
