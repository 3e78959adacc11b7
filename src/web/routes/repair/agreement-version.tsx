/**
 * How an agreement's history reads: one version with its state and answer,
 * and one told break ("a disclosure" or "a report").
 */
import type { AgreementBreak, AgreementVersion } from '../../api/types';
import { formatDay } from '../../components/days';
import { formatDate, formatInstant } from '../../components/instants';
import type { People } from '../../components/repair/people';

export function breakLine(told: AgreementBreak, people: People): string {
  const day = formatDay(told.day);
  if (told.kind === 'self-disclosure') {
    return people.isMe(told.reportedBy)
      ? `A disclosure: you told that you broke it, on ${day}.`
      : `A disclosure: ${people.nameOf(told.reportedBy)} told that they broke it, on ${day}.`;
  }
  return people.isMe(told.reportedBy)
    ? `A report: you said ${people.mention(told.brokenBy)} broke it, on ${day}.`
    : `A report: ${people.nameOf(told.reportedBy)} said you broke it, on ${day}.`;
}

function versionState(version: AgreementVersion, people: People): string {
  switch (version.state) {
    case 'accepted':
      return version.acceptedAt
        ? `Accepted by you both on ${formatDate(version.acceptedAt)}.`
        : 'Accepted by you both.';
    case 'declined': {
      const by = version.answers.find((answer) => answer.answer === 'declined');
      return by ? `Not accepted by ${people.mention(by.memberId)}.` : 'Not accepted.';
    }
    case 'superseded':
      return 'A newer version came before an answer.';
    case 'pending':
      return people.isMe(version.authorId)
        ? `Waiting for ${people.partnerName}’s answer.`
        : 'Waiting for your answer.';
  }
}

export function VersionItem({ version, people }: { version: AgreementVersion; people: People }) {
  const headingId = `agreement-version-${version.id}`;
  const declined = version.answers.find((answer) => answer.answer === 'declined');
  return (
    <article class="version" aria-labelledby={headingId}>
      <h3 id={headingId} class="version__title">
        Version {version.version}: {version.kind === 'retire' ? 'a request to retire' : 'terms'}
      </h3>
      <p class="field__hint">
        By {people.mention(version.authorId)}, {formatInstant(version.createdAt)}
      </p>
      {version.text && <p class="quote">{version.text}</p>}
      {version.reviewOn && <p class="field__hint">Review day: {formatDay(version.reviewOn)}.</p>}
      <p>{versionState(version, people)}</p>
      {declined?.comment && <p class="quote">{declined.comment}</p>}
    </article>
  );
}
