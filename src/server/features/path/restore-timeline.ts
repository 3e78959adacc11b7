/**
 * The timeline's entries for restore and regain: commitments made, paused,
 * resumed and ended; notes and gestures the partner said meant something;
 * needs acknowledged; and a forgiveness statement once its author shares it.
 * A private statement and every reflection stay off the timeline — even the
 * author's own, since the timeline is the couple's shared story.
 */
import type { Kysely } from 'kysely';
import type { SpaceAccess } from '../../platform/auth/access.js';
import type { DB } from '../../platform/db/schema.js';
import { listCommitmentChanges } from '../commitments/reads.js';
import { listStatements } from '../forgiveness/reads.js';
import { allAppreciatedNotes } from '../kindness/reads.js';
import { listNeedAcknowledgments } from '../needs/reads.js';
import type { MakeItem, TimelineOut } from './timeline.js';

export async function restoreTimeline(
  db: Kysely<DB>,
  access: SpaceAccess,
  item: MakeItem,
): Promise<TimelineOut[]> {
  const { spaceId, reader } = access;
  const [changes, appreciations, acknowledgments, statements] = await Promise.all([
    listCommitmentChanges(db, spaceId),
    allAppreciatedNotes(db, spaceId),
    listNeedAcknowledgments(db, spaceId, reader),
    listStatements(db, spaceId, reader),
  ]);
  // Oldest first per commitment, so its first "active" is the making and later ones resumptions.
  const madeFirst = new Set<string>();
  const commitmentItems = [...changes].reverse().map((change) => {
    const made = change.status === 'active' && !madeFirst.has(change.commitmentId);
    madeFirst.add(change.commitmentId);
    const kind = made
      ? 'commitment-made'
      : change.status === 'active'
        ? 'commitment-resumed'
        : change.status === 'paused'
          ? 'commitment-paused'
          : 'commitment-ended';
    return item(kind, change.id, change.createdAt, {
      day: change.day,
      memberId: change.authorId,
    });
  });
  return [
    ...commitmentItems,
    ...appreciations.map((note) =>
      item('note-appreciated', note.id, note.appreciatedAt, { memberId: note.appreciatedBy }),
    ),
    ...acknowledgments.map((ack) =>
      item('need-acknowledged', ack.id, ack.createdAt, { memberId: ack.authorId }),
    ),
    ...statements
      .filter((statement) => statement.visibility === 'shared')
      .map((statement) =>
        item('forgiveness-statement-shared', statement.id, statement.updatedAt, {
          memberId: statement.authorId,
        }),
      ),
  ];
}
