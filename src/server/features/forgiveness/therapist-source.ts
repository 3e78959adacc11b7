/**
 * What a consented therapist may see of forgiveness: only a reflection or a
 * statement its author shared and flagged "therapist may see" — through the
 * one visibility rule (a private one never passes it).
 */
import type { TherapistViewSource } from '../../platform/data/therapist-view.js';
import { scoreReflection } from '../../../domain/forgiveness.js';
import { answersOf, listReflections, listStatements } from './reads.js';

export const forgivenessTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }) {
    const [reflections, statements] = await Promise.all([
      listReflections(db, spaceId, reader),
      listStatements(db, spaceId, reader),
    ]);
    return [
      ...reflections.map((row) => ({
        kind: 'forgiveness-reflection',
        id: row.id,
        authorId: row.authorId,
        day: row.day,
        createdAt: row.createdAt,
        facts: { ...scoreReflection(answersOf(cipher, row)) },
        text: null,
      })),
      ...statements.map((row) => ({
        kind: 'forgiveness-statement',
        id: row.id,
        authorId: row.authorId,
        day: null,
        createdAt: row.createdAt,
        facts: {},
        text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
      })),
    ];
  },
};
