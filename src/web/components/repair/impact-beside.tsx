/**
 * The hurt partner's impact statement, shown beside the apology that answers
 * it, so the writer and the reader always have both in view.
 */
import type { ImpactStatement } from '../../api/types';

export function ImpactStatementBeside({
  statement,
  author,
  besideVersion,
}: {
  statement: ImpactStatement | null;
  author: string;
  /** The apology version it stands beside, when several are on one page. */
  besideVersion?: number;
}) {
  const words =
    author === 'You' ? 'Your words: how it affected you' : `${author}: how this affected them`;
  // Each landmark needs a name of its own, and every version shows one.
  const label = besideVersion ? `${words}, beside version ${besideVersion}` : words;
  return (
    <aside class="beside__context" aria-label={label}>
      <h4 class="beside__heading">
        {author === 'You' ? 'Your words' : `${author}’s words`}: how it affected{' '}
        {author === 'You' ? 'you' : 'them'}
      </h4>
      {statement ? (
        <>
          <p class="field__hint">Version {statement.version}</p>
          <p class="quote">{statement.text}</p>
        </>
      ) : (
        <p class="field__hint">The statement this answered is no longer here.</p>
      )}
    </aside>
  );
}
