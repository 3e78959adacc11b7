/**
 * One person's check-in for one day, as history shows it: only the answers
 * they gave, in plain words. A note says who can read it.
 */
import type { CheckIn } from '../api/types';
import { EFFORT_MAX, RATING_MAX, RATING_QUESTIONS } from './check-in-questions';

interface CheckInEntryProps {
  checkIn: CheckIn;
  author: string;
  mine: boolean;
}

export function CheckInEntry({ checkIn, author, mine }: CheckInEntryProps) {
  const answers: [string, string][] = [];
  for (const { field, label } of RATING_QUESTIONS) {
    const value = checkIn[field];
    if (value !== null) answers.push([label, `${value} of ${RATING_MAX}`]);
  }
  if (checkIn.effort !== null) answers.push(['Effort', `${checkIn.effort} of ${EFFORT_MAX}`]);
  if (checkIn.talkedOpenly !== null) {
    answers.push(['Talked openly', checkIn.talkedOpenly ? 'Yes' : 'No']);
  }

  return (
    <article class="entry" aria-label={`${author}’s check-in`}>
      <h3 class="entry__author">{author}</h3>
      {answers.length > 0 ? (
        <dl class="entry__answers">
          {answers.map(([label, value]) => (
            <div key={label} class="entry__answer">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="field__hint">No ratings this day.</p>
      )}
      {mine && checkIn.therapistMaySee && (
        <p class="field__hint">Your therapist may see this check-in.</p>
      )}
      {checkIn.note && (
        <figure class="entry__note">
          <blockquote>{checkIn.note.text}</blockquote>
          {mine && (
            <figcaption class="field__hint">
              {checkIn.note.visibility === 'private'
                ? 'Only you can read this note.'
                : 'Shared with your partner.'}
            </figcaption>
          )}
        </figure>
      )}
    </article>
  );
}
