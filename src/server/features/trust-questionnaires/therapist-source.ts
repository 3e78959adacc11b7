/**
 * What a consented therapist may see of the trust questionnaire: only one its
 * author shared and flagged "therapist may see" — through the one visibility
 * rule (a private one never passes it). The subscale means, no item text.
 */
import { scoreTrustQuestionnaire } from '../../../domain/trust-questionnaire.js';
import type { TherapistViewSource } from '../../platform/data/therapist-view.js';
import { listQuestionnaires, trustAnswersOf } from './reads.js';

export const trustQuestionnaireTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }) {
    const rows = await listQuestionnaires(db, spaceId, reader);
    return rows.map((row) => ({
      kind: 'trust-questionnaire',
      id: row.id,
      authorId: row.authorId,
      day: row.day,
      createdAt: row.createdAt,
      facts: { month: row.month, ...scoreTrustQuestionnaire(trustAnswersOf(cipher, row)) },
      text: null,
    }));
  },
};
