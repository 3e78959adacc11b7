/**
 * Moderation, for the guide's operators: the comments waiting for a decision,
 * the ones kept as spam (a real person caught by mistake is rescued from
 * there), and which articles take comments. Nobody's e-mail address is shown:
 * the server never sends it. Anyone else is told plainly this page is not
 * theirs (the server answers them 404).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ModeratedArticle, ModeratedComment } from '../../contract/moderation';
import { moderationOperations } from '../../contract/operations/moderation';
import { call, isProblem } from '../api/client';
import { formErrorsFrom } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { formatInstant } from '../components/instants';
import { Page } from '../components/page';
import { announce } from '../state/announcer';

interface Lists {
  held: ModeratedComment[];
  spam: ModeratedComment[];
  articles: ModeratedArticle[];
}

type Action = 'approve' | 'reject' | 'spam' | 'delete';

const DONE: Record<Action, string> = {
  approve: 'published',
  reject: 'rejected',
  spam: 'moved to spam',
  delete: 'deleted',
};

export function ModerationPage() {
  const [lists, setLists] = useState<Lists | null>(null);
  const [notOperator, setNotOperator] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = async () => {
    try {
      const [held, spam, articles] = await Promise.all([
        call(moderationOperations.listModerationQueue, { query: { status: 'held' } }),
        call(moderationOperations.listModerationQueue, { query: { status: 'spam' } }),
        call(moderationOperations.listModeratedArticles),
      ]);
      setLists({ held: held.items, spam: spam.items, articles: articles.items });
    } catch (failure) {
      if (isProblem(failure, 'not-found')) setNotOperator(true);
      else setError(formErrorsFrom(failure, {}).general);
    }
  };

  useEffect(() => {
    void load();
  }, []);

  const act = async (comment: ModeratedComment, action: Action) => {
    if (busy) return;
    setBusy(comment.id);
    setError(null);
    try {
      const params = { params: { commentId: comment.id } };
      if (action === 'approve') await call(moderationOperations.approveComment, params);
      else if (action === 'reject') await call(moderationOperations.rejectComment, params);
      else if (action === 'spam') await call(moderationOperations.markCommentSpam, params);
      else await call(moderationOperations.deleteModeratedComment, params);
      await load();
      announce(`The comment by ${comment.name} is ${DONE[action]}.`);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(null);
    }
  };

  const toggle = async (article: ModeratedArticle) => {
    if (busy) return;
    setBusy(article.slug);
    setError(null);
    try {
      await call(moderationOperations.setArticleComments, {
        params: { slug: article.slug },
        body: { commentsOpen: !article.commentsOpen },
      });
      await load();
      announce(
        `Comments on “${article.title}” are ${article.commentsOpen ? 'closed' : 'open again'}.`,
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(null);
    }
  };

  if (notOperator)
    return (
      <Page title="Moderation">
        <p class="lead">
          This page is for the people who run Mend and moderate the guide’s comments. Your account
          is not one of theirs, and nothing here concerns your space.
        </p>
      </Page>
    );

  const button = (label: string, onClick: () => void, id: string) => (
    <button
      type="button"
      class="button"
      aria-disabled={busy ? 'true' : undefined}
      onClick={onClick}
    >
      {busy === id ? 'Working…' : label}
    </button>
  );

  const card = (comment: ModeratedComment, kind: 'held' | 'spam') => (
    <li key={comment.id} class="item">
      <h3 class="item__title">
        {comment.name}
        {comment.parentId && (
          <>
            {' '}
            <span class="tag">Reply</span>
          </>
        )}
      </h3>
      <dl class="facts">
        <div>
          <dt>Article</dt>
          <dd>
            <a href={`/guide/${comment.articleSlug}`}>{comment.articleTitle}</a>
          </dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd>{formatInstant(comment.createdAt)}</dd>
        </div>
        {comment.website && (
          <div>
            <dt>Website</dt>
            <dd>{comment.website}</dd>
          </div>
        )}
        {comment.reason && (
          <div>
            <dt>Why it is here</dt>
            <dd>{comment.reason}</dd>
          </div>
        )}
      </dl>
      <p class="moderation-body">{comment.body}</p>
      <div class="actions">
        {button(
          kind === 'spam' ? `Not spam: publish` : `Approve`,
          () => void act(comment, 'approve'),
          comment.id,
        )}
        {kind === 'held' && button('Reject', () => void act(comment, 'reject'), comment.id)}
        {kind === 'held' && button('Spam', () => void act(comment, 'spam'), comment.id)}
        {button('Delete', () => void act(comment, 'delete'), comment.id)}
      </div>
    </li>
  );

  return (
    <Page title="Moderation">
      <p class="lead">
        Comments on the guide. A first comment from an address waits here; once one is approved,
        later ones from the same address appear at once. Addresses are never shown, not even here.
      </p>
      <FormMessage message={error} />
      {!lists && !error && <p aria-busy="true">Looking up the comments…</p>}
      {lists && (
        <>
          <section aria-labelledby="held-heading">
            <h2 id="held-heading">Waiting for a decision ({lists.held.length})</h2>
            {lists.held.length === 0 ? (
              <p>Nothing is waiting.</p>
            ) : (
              <ul class="item-list">{lists.held.map((c) => card(c, 'held'))}</ul>
            )}
          </section>
          <section aria-labelledby="spam-heading">
            <h2 id="spam-heading">Kept as spam ({lists.spam.length})</h2>
            <p>
              Caught by a spam signal and answered as if held. Publish one if a real person wrote
              it.
            </p>
            {lists.spam.length > 0 && (
              <ul class="item-list">{lists.spam.map((c) => card(c, 'spam'))}</ul>
            )}
          </section>
          <section aria-labelledby="articles-heading">
            <h2 id="articles-heading">Articles</h2>
            <ul class="item-list">
              {lists.articles.map((article) => (
                <li key={article.slug} class="item">
                  <h3 class="item__title">
                    <a href={`/guide/${article.slug}`}>{article.title}</a>
                  </h3>
                  <p>{article.commentsOpen ? 'Takes comments.' : 'Comments are closed.'}</p>
                  {button(
                    article.commentsOpen ? 'Close comments' : 'Reopen comments',
                    () => void toggle(article),
                    article.slug,
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}
