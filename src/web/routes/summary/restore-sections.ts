/**
 * The restore and regain side of the printable summary. For now: reassurance
 * requests, each read as one sentence (who asked, on which day, and whether it
 * was answered). The other restore tables still fall to the plain listing.
 */
import {
  day,
  instant,
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

/** The tables each section is made of, so nothing of them falls to the plain listing. */
export const RESTORE_TABLES = ['reassurance_requests'];

export function restoreSections(context: SummaryContext): SummarySection[] {
  return [{ id: 'reassurance', title: 'Reassurance', entries: reassurance(context) }];
}
