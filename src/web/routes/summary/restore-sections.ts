/**
 * The restore and regain side of the printable summary. For now: reassurance
 * requests, each read as one sentence (who asked, on which day, and whether it
 * was answered); and trust questionnaires, one per month, with their three
 * subscale means. The other restore tables still fall to the plain listing.
 */
import { TRUST_SUBSCALE_NAMES, TRUST_SUBSCALES } from '../../../domain/trust-questionnaire';
import { formatMonth } from '../../components/regain/trust-words';
import {
  day,
  facts,
  instant,
  therapistFact,
  type SummaryContext,
  type SummaryEntry,
  type SummarySection,
} from './document';

function reassurance(context: SummaryContext): SummaryEntry[] {
  return context.rows('reassurance_requests').map((request) => {
    const asker = context.person(request['askedBy']);
    const who = asker === 'You' ? 'You asked' : `${asker} asked`;
    const answered =
      typeof request['answeredAt'] === 'string'
        ? ` · answered ${instant(request['answeredAt'])}`
        : ' · not answered';
    return {
      heading: `${who} for reassurance on ${day(request['day'])}${answered}`,
      facts: [],
      texts: [],
    };
  });
}

function trustQuestionnaires(context: SummaryContext): SummaryEntry[] {
  return context.rows('trust_questionnaires').map((row) => {
    const scores = (row['scores'] ?? {}) as Record<string, unknown>;
    return {
      heading: `${context.person(row['authorId'])}, ${formatMonth(String(row['month']))}`,
      facts: [
        ...facts(
          ...TRUST_SUBSCALES.map((s): [string, string | null] => [
            TRUST_SUBSCALE_NAMES[s],
            typeof scores[s] === 'number' ? `${scores[s].toFixed(1)} of 7` : null,
          ]),
          ['Shared with your partner', row['shared'] ? 'Yes' : 'No'],
        ),
        ...therapistFact(row),
      ],
      texts: [],
    };
  });
}

/** The tables each section is made of, so nothing of them falls to the plain listing. */
export const RESTORE_TABLES = ['reassurance_requests', 'trust_questionnaires'];

export function restoreSections(context: SummaryContext): SummarySection[] {
  return [
    { id: 'reassurance', title: 'Reassurance', entries: reassurance(context) },
    {
      id: 'trust-questionnaires',
      title: 'Trust questionnaire',
      entries: trustQuestionnaires(context),
    },
  ];
}
