/**
 * The repair phase (steps 1–4 and setbacks): breaches with per-breach roles and
 * each partner's severity rating, acknowledgments and their answers, impact
 * statements, apologies and how understood they made the hurt partner feel,
 * logged conversations and their ratings, the prompts a couple picked,
 * agreements with versions, answers and breaks, and setbacks.
 *
 * Every table is a content table (`content-columns.ts`): a non-null space_id
 * and the columns of the visibility rule (author_id here, visibility and
 * therapist_visible there). Free text is encrypted by the app.
 *
 * Deleting an account: a row's author column cascades, so the member's own rows
 * go. Every reference to a row the other partner may have written (a response
 * to an acknowledgment, an apology answering an impact statement) is ON DELETE
 * SET NULL, so the other partner's own entries stay
 * (docs/decisions/025-repair-data-when-an-account-is-deleted.md).
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { createContentTable, flag, oneOf } from '../content-columns.js';

const author = (c: ColumnDefinitionBuilder) =>
  c.notNull().references('members.id').onDelete('cascade');
/** A member named in someone else's row (who broke trust, who started a talk). */
const member = (c: ColumnDefinitionBuilder) => c.references('members.id').onDelete('set null');
const refersTo = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.references(`${table}.id`).onDelete('set null');
const rating = (column: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().check(sql`${sql.ref(column)} between 1 and 7`);
/** Versions, answers and breaks go with their agreement. */
const partOfAgreement = (c: ColumnDefinitionBuilder) =>
  c.notNull().references('agreements.id').onDelete('cascade');
/** Revisions of one entry count up from 1. */
const version = (c: ColumnDefinitionBuilder) => c.notNull().check(sql`version >= 1`);

const SEVERITIES = ['minor', 'moderate', 'severe'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const index = async (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  await createContentTable(db, 'breaches', { defaultVisibility: 'shared', updatedAt: true }, (t) =>
    t
      // Who recorded it.
      .addColumn('author_id', 'text', author)
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn(
        'category',
        'text',
        oneOf('category', [
          'infidelity',
          'emotional-affair',
          'lying',
          'financial',
          'broken-promise',
          'other',
        ]),
      )
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('came_to_light', 'text', oneOf('came_to_light', ['disclosed', 'discovered']))
      // Roles per breach: who broke trust and who was hurt; when mutual, each did both.
      .addColumn('broke_trust_id', 'text', member)
      .addColumn('hurt_id', 'text', member)
      .addColumn('mutual', 'integer', flag('mutual')),
  ).execute();
  await index('breaches_space', 'breaches', ['space_id', 'created_at']);

  // Each partner's own view of how serious it was; private unless they share it.
  await createContentTable(
    db,
    'breach_severity_ratings',
    { defaultVisibility: 'private', updatedAt: true },
    (t) =>
      t
        .addColumn('breach_id', 'text', refersTo('breaches'))
        .addColumn('author_id', 'text', author)
        .addColumn('severity', 'text', oneOf('severity', SEVERITIES)),
  )
    .addUniqueConstraint('breach_severity_ratings_one_each', ['breach_id', 'author_id'])
    .execute();
  await index('breach_severity_ratings_space', 'breach_severity_ratings', ['space_id']);

  await createContentTable(
    db,
    'acknowledgments',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('breach_id', 'text', refersTo('breaches'))
        .addColumn('author_id', 'text', author)
        .addColumn('version', 'integer', version)
        .addColumn('text', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('acknowledgments_version', ['breach_id', 'author_id', 'version'])
    .execute();
  await index('acknowledgments_space', 'acknowledgments', ['space_id', 'breach_id']);

  await createContentTable(
    db,
    'acknowledgment_responses',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('acknowledgment_id', 'text', refersTo('acknowledgments'))
        .addColumn('breach_id', 'text', refersTo('breaches'))
        .addColumn('author_id', 'text', author)
        .addColumn('verdict', 'text', oneOf('verdict', ['accurate', 'something-missing']))
        .addColumn('comment', 'text'),
  )
    .addUniqueConstraint('acknowledgment_responses_one_each', ['acknowledgment_id', 'author_id'])
    .execute();
  await index('acknowledgment_responses_space', 'acknowledgment_responses', [
    'space_id',
    'breach_id',
  ]);

  await createContentTable(
    db,
    'impact_statements',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('breach_id', 'text', refersTo('breaches'))
        .addColumn('author_id', 'text', author)
        .addColumn('version', 'integer', version)
        .addColumn('text', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('impact_statements_version', ['breach_id', 'author_id', 'version'])
    .execute();
  await index('impact_statements_space', 'impact_statements', ['space_id', 'breach_id']);

  await createContentTable(db, 'apologies', { defaultVisibility: 'shared', updatedAt: true }, (t) =>
    t
      .addColumn('breach_id', 'text', refersTo('breaches'))
      .addColumn('author_id', 'text', author)
      // The impact statement it answers (the other partner's words).
      .addColumn('impact_statement_id', 'text', refersTo('impact_statements'))
      .addColumn('version', 'integer', version)
      // The guided parts: what happened, the impact in the partner's terms,
      // responsibility without "but", what will change.
      .addColumn('what_happened', 'text', (c) => c.notNull())
      .addColumn('impact', 'text', (c) => c.notNull())
      .addColumn('responsibility', 'text', (c) => c.notNull())
      .addColumn('what_will_change', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('apologies_version', ['breach_id', 'author_id', 'version'])
    .execute();
  await index('apologies_space', 'apologies', ['space_id', 'breach_id']);

  await createContentTable(
    db,
    'apology_ratings',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('apology_id', 'text', refersTo('apologies'))
        .addColumn('breach_id', 'text', refersTo('breaches'))
        .addColumn('author_id', 'text', author)
        .addColumn('understood', 'integer', rating('understood'))
        .addColumn('another_try', 'integer', flag('another_try'))
        .addColumn('comment', 'text'),
  )
    .addUniqueConstraint('apology_ratings_one_each', ['apology_id', 'author_id'])
    .execute();
  await index('apology_ratings_space', 'apology_ratings', ['space_id', 'breach_id']);

  await createContentTable(
    db,
    'conversations',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        // Who logged it.
        .addColumn('author_id', 'text', author)
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 1 and 600`))
        .addColumn('started_by_id', 'text', member)
        // A prompt of the library (its stable slug), when one began the talk.
        .addColumn('prompt_id', 'text')
        .addColumn('breach_id', 'text', refersTo('breaches')),
  ).execute();
  await index('conversations_space_day', 'conversations', ['space_id', 'day']);

  // "I felt safe / I felt heard" follow the check-in reveal rule; the note is
  // private or shared like a check-in note.
  await createContentTable(
    db,
    'conversation_ratings',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('conversation_id', 'text', refersTo('conversations'))
        .addColumn('author_id', 'text', author)
        .addColumn('felt_safe', 'integer', rating('felt_safe'))
        .addColumn('felt_heard', 'integer', rating('felt_heard'))
        .addColumn('note_text', 'text')
        .addColumn('note_visibility', 'text', (c) =>
          c.check(sql`note_visibility in ('private', 'shared')`),
        ),
  )
    .addUniqueConstraint('conversation_ratings_one_each', ['conversation_id', 'author_id'])
    .execute();
  await index('conversation_ratings_space', 'conversation_ratings', ['space_id']);

  await createContentTable(
    db,
    'prompt_picks',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t.addColumn('author_id', 'text', author).addColumn('prompt_id', 'text', (c) => c.notNull()),
  ).execute();
  await index('prompt_picks_space', 'prompt_picks', ['space_id', 'prompt_id']);

  // The agreement itself holds no text; its versions do. It belongs to the
  // couple, so its proposer's account going does not take it (set null).
  await createContentTable(
    db,
    'agreements',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) => t.addColumn('author_id', 'text', member),
  ).execute();
  await index('agreements_space', 'agreements', ['space_id', 'created_at']);

  await createContentTable(
    db,
    'agreement_versions',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('agreement_id', 'text', partOfAgreement)
        .addColumn('author_id', 'text', author)
        .addColumn('version', 'integer', version)
        .addColumn('kind', 'text', oneOf('kind', ['terms', 'retire']))
        // The terms (or, for a retirement, the optional reason).
        .addColumn('text', 'text')
        .addColumn('review_on', 'text'),
  )
    .addUniqueConstraint('agreement_versions_version', ['agreement_id', 'version'])
    .execute();
  await index('agreement_versions_space', 'agreement_versions', ['space_id', 'agreement_id']);

  await createContentTable(
    db,
    'agreement_answers',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('agreement_id', 'text', partOfAgreement)
        .addColumn('version_id', 'text', refersTo('agreement_versions'))
        .addColumn('author_id', 'text', author)
        .addColumn('answer', 'text', oneOf('answer', ['accepted', 'declined']))
        .addColumn('comment', 'text'),
  )
    .addUniqueConstraint('agreement_answers_one_each', ['version_id', 'author_id'])
    .execute();
  await index('agreement_answers_space', 'agreement_answers', ['space_id', 'agreement_id']);

  // "I broke this agreement" (self-disclosure) and "my partner broke it"
  // (a report) are kept apart: they mean different things.
  await createContentTable(
    db,
    'agreement_breaks',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('agreement_id', 'text', partOfAgreement)
        .addColumn('version_id', 'text', refersTo('agreement_versions'))
        .addColumn('author_id', 'text', author)
        .addColumn('kind', 'text', oneOf('kind', ['self-disclosure', 'partner-report']))
        .addColumn('broken_by_id', 'text', member)
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('note', 'text'),
  ).execute();
  await index('agreement_breaks_space', 'agreement_breaks', ['space_id', 'agreement_id']);

  await createContentTable(db, 'setbacks', { defaultVisibility: 'shared', updatedAt: false }, (t) =>
    t
      .addColumn('author_id', 'text', author)
      .addColumn(
        'kind',
        'text',
        oneOf('kind', ['new-breach', 'broken-agreement', 'discovery', 'hard-day']),
      )
      .addColumn('severity', 'text', oneOf('severity', SEVERITIES))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('breach_id', 'text', refersTo('breaches'))
      .addColumn('agreement_id', 'text', refersTo('agreements')),
  ).execute();
  await index('setbacks_space_day', 'setbacks', ['space_id', 'day']);
}

export async function down(): Promise<void> {
  // Forward-only.
}
