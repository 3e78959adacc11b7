/**
 * The hurt partner's impact statement, shown beside the apology that answers
 * it, so the writer and the reader always have both in view.
 */
import type { ImpactStatement } from '../../api/types';

export function ImpactStatementBeside({
  statement,
  author,
}: {
  statement: ImpactStatement | null;
  author: string;
}) {
  return (
    <aside
      class="beside__context"
      aria-label={
        author === 'You' ? 'Your words: how it affected you' : `${author}: how this affected them`
      }
    >
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
