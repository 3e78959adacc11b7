/**
 * What a consented therapist may see of the repair phase: the shared entries
 * whose authors turned on "therapist may see" — through the one visibility
 * rule (`visibleTo` with the therapist reader). Ready for
 * `features/therapist/view-sources.ts` to list beside the check-ins source.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type {
  TherapistViewContext,
  TherapistViewSource,
} from '../../platform/data/therapist-view.js';
import { visibleTo } from '../../platform/db/visibility.js';

const LIMIT = 400;

type RepairTable =
  | 'breaches'
  | 'acknowledgments'
  | 'impactStatements'
  | 'apologies'
  | 'conversations'
  | 'agreementVersions'
  | 'setbacks';

/** Entries that hang on a breach; one whose breach is gone (set null) is left out. */
type ThreadTable = 'acknowledgments' | 'impactStatements' | 'apologies';
const THREAD_TABLES: readonly RepairTable[] = ['acknowledgments', 'impactStatements', 'apologies'];

/** The newest rows of a repair table the therapist may read, at most LIMIT. */
async function newestVisible<K extends RepairTable>(
  { db, spaceId, reader }: TherapistViewContext,
  table: K,
  newestBy: 'createdAt' | 'day',
): Promise<Selectable<DB[K]>[]> {
  // Kysely cannot type one query over several tables; every table named here
  // has space_id, the visibility columns and the ordering column.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  let query = (db as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader));
  if (THREAD_TABLES.includes(table)) query = query.where('breachId', 'is not', null);
  return (await query.orderBy(newestBy, 'desc').limit(LIMIT).execute()) as Selectable<DB[K]>[];
}

/** Acknowledgments and impact statements: one text per version. */
function versionedTextSource(
  table: Exclude<ThreadTable, 'apologies'>,
  kind: 'acknowledgment' | 'impact-statement',
): TherapistViewSource {
  return {
    async list(context: TherapistViewContext) {
      const rows = await newestVisible(context, table, 'createdAt');
      return rows.map((row) => ({
        kind,
        id: row.id,
        authorId: row.authorId,
        day: null,
        createdAt: row.createdAt,
        facts: { breachId: row.breachId, version: row.version },
        text: context.cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
      }));
    },
  };
}

export const breachesTherapistSource: TherapistViewSource = {
  async list(context: TherapistViewContext) {
    const { cipher } = context;
    const rows = await newestVisible(context, 'breaches', 'createdAt');
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

export const acknowledgmentsTherapistSource = versionedTextSource(
  'acknowledgments',
  'acknowledgment',
);

export const impactStatementsTherapistSource = versionedTextSource(
  'impactStatements',
  'impact-statement',
);

export const apologiesTherapistSource: TherapistViewSource = {
  async list(context: TherapistViewContext) {
    const { cipher } = context;
    const rows = await newestVisible(context, 'apologies', 'createdAt');
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
  async list(context: TherapistViewContext) {
    const { cipher } = context;
    const rows = await newestVisible(context, 'conversations', 'day');
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
  async list(context: TherapistViewContext) {
    const { cipher } = context;
    const rows = await newestVisible(context, 'agreementVersions', 'createdAt');
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
  async list(context: TherapistViewContext) {
    const { cipher } = context;
    const rows = await newestVisible(context, 'setbacks', 'day');
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
