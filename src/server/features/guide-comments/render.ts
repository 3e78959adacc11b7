/**
 * The comments section of an article page, as HTML that works without
 * JavaScript: the published conversation, a status line after a post, and
 * the form — its errors listed first and linked to their fields, each field
 * pointing at its own message, and every value typed kept.
 */
import { markup, type Raw } from '../guide/html.js';
import { HONEYPOT, BODY_MAX, NAME_MAX, EMAIL_MAX, WEBSITE_MAX } from './fields.js';
import type { CommentValues, FieldName, FieldProblem } from './fields.js';
import { LINK_REL, renderPlainText } from './plain-text.js';
import type { ArticleComments, Thread } from './service.js';
import type { ShownComment } from './queries.js';

export type StatusMessage = 'held' | 'published' | 'deleted' | 'closed' | 'expired' | 'notify-on';

export interface FormState {
  token: string;
  values?: CommentValues;
  problems?: FieldProblem[];
  /** The comment being answered (checked to be a published top-level one). */
  replyTo?: ShownComment;
  /** A reply link that cannot be followed, in words. */
  replyRefused?: string;
}

const STATUS_TEXT: Record<StatusMessage, string> = {
  held: 'Thank you. Your comment is waiting for moderation and will appear once it is approved. We sent you an e-mail with a link to delete it whenever you want (and, if you asked for reply notices, one to confirm them).',
  published:
    'Thank you. Your comment is published. We sent you an e-mail with a link to delete it whenever you want (and, if you asked for reply notices, one to confirm them).',
  deleted: 'Your comment was deleted.',
  closed: 'Comments are closed on this article, so your comment was not posted.',
  expired:
    'This form was open for a long time, so we ask you to send it once more. Everything you wrote is still here.',
  'notify-on':
    'Done: we will e-mail you when someone replies. Each of those e-mails has a link to stop them.',
};

const when = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(instant),
  );

function author(comment: ShownComment): Raw {
  return comment.website
    ? markup`<a href="${comment.website}" rel="${LINK_REL}">${comment.name}</a>`
    : markup`${comment.name}`;
}

function commentItem(slug: string, comment: ShownComment, canReply: boolean): Raw {
  if (comment.status === 'deleted')
    return markup`
          <article class="comment comment-deleted" id="comment-${comment.id}">
            <p>This comment was deleted by its writer or the moderator.</p>
          </article>`;
  const reply = canReply
    ? markup`
            <p class="comment-reply"><a href="/guide/${slug}?reply=${comment.id}#comment-form">Reply to ${comment.name}</a></p>`
    : '';
  return markup`
          <article class="comment" id="comment-${comment.id}">
            <header class="comment-meta">
              <span class="comment-author">${author(comment)}</span>
              <time datetime="${comment.createdAt}">${when(comment.createdAt)}</time>
            </header>
            <div class="comment-body">
${renderPlainText(comment.body)}
            </div>${reply}
          </article>`;
}

function thread(slug: string, item: Thread, closed: boolean): Raw {
  const replies = item.replies.length
    ? markup`
          <ol class="comment-replies">${item.replies.map(
            (r) => markup`
            <li>${commentItem(slug, r, false)}
            </li>`,
          )}
          </ol>`
    : '';
  return markup`
        <li>${commentItem(slug, item.comment, !closed && item.comment.status === 'published')}${replies}
        </li>`;
}

const LABELS: Record<FieldName, string> = {
  name: 'Name',
  email: 'E-mail',
  website: 'Website',
  body: 'Comment',
};

function field(
  name: FieldName,
  state: FormState,
  options: {
    type?: string;
    required: boolean;
    max: number;
    autocomplete?: string;
    hint?: string;
  },
): Raw {
  const id = `comment-${name}`;
  const problem = state.problems?.find((p) => p.field === name);
  const value = state.values?.[name] ?? '';
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const label = markup`<label for="${id}">${LABELS[name]}${
    options.required
      ? markup` <span class="required" aria-hidden="true">*</span>`
      : markup` <span class="optional">(optional)</span>`
  }</label>`;
  const hint = options.hint ? markup`<p class="hint" id="${id}-hint">${options.hint}</p>` : '';
  const error = problem
    ? markup`<p class="field-error" id="${id}-error">${problem.message}</p>`
    : '';
  const common = markup`id="${id}" name="${name}"${options.required ? markup` required` : ''}${
    problem ? markup` aria-invalid="true"` : ''
  }${described ? markup` aria-describedby="${described}"` : ''}`;
  const control =
    name === 'body'
      ? markup`<textarea ${common} rows="7" maxlength="${options.max}">${value}</textarea>`
      : markup`<input ${common} type="${options.type ?? 'text'}" maxlength="${options.max}"${
          options.autocomplete ? markup` autocomplete="${options.autocomplete}"` : ''
        } value="${value}">`;
  // One line per part that is there, so the page carries no blank, space-only lines.
  const parts = [label, hint, error, control].filter((part) => part !== '');
  return markup`
          <div class="field${problem ? ' field-invalid' : ''}">${parts.map(
            (part) => markup`
            ${part}`,
          )}
          </div>`;
}

function form(slug: string, state: FormState): Raw {
  const problems = state.problems ?? [];
  const summary = problems.length
    ? markup`
          <div class="error-summary" id="comment-errors" role="alert" tabindex="-1">
            <h3>Your comment was not posted yet</h3>
            <ul>${problems.map(
              (p) => markup`
              <li><a href="#${p.field === 'parent' ? 'comment-body' : `comment-${p.field}`}">${
                p.field === 'parent' ? p.message : `${LABELS[p.field]}: ${p.message}`
              }</a></li>`,
            )}
            </ul>
          </div>`
    : '';
  const replying = state.replyTo
    ? markup`
          <p class="replying">Replying to ${state.replyTo.name}. <a href="/guide/${slug}#comment-form">Write a new comment instead</a>.</p>
          <input type="hidden" name="parent" value="${state.replyTo.id}">`
    : '';
  const refused = state.replyRefused
    ? markup`
          <p class="notice" role="status">${state.replyRefused}</p>`
    : '';
  return markup`
        <form class="comment-form" id="comment-form" method="post" action="/guide/${slug}/comments">
          <h3 id="comment-form-heading">${state.replyTo ? 'Write a reply' : 'Leave a comment'}</h3>${summary}${refused}${replying}
          <p class="hint">Fields marked <span aria-hidden="true">*</span><span class="visually-hidden">with a star</span> are required. Your comment is plain text; addresses become links.</p>${field(
            'name',
            state,
            { required: true, max: NAME_MAX, autocomplete: 'name' },
          )}${field('email', state, {
            type: 'email',
            required: true,
            max: EMAIL_MAX,
            autocomplete: 'email',
            hint: 'Your e-mail address will not be published. We send you a link to delete your comment.',
          })}${field('website', state, {
            type: 'url',
            required: false,
            max: WEBSITE_MAX,
            autocomplete: 'url',
          })}${field('body', state, {
            required: true,
            max: BODY_MAX,
            hint: `Up to ${BODY_MAX.toLocaleString('en-GB')} characters. First comments are read by a moderator before they appear.`,
          })}
          <div class="field checkbox-field">
            <input id="comment-notify" name="notify" type="checkbox" value="on"${
              state.values?.notify === 'on' ? markup` checked` : ''
            } aria-describedby="comment-notify-hint">
            <label for="comment-notify">Tell me by e-mail when someone replies</label>
          </div>
          <p class="hint" id="comment-notify-hint">We first send you a link to confirm. Every notice has a link to stop them.</p>
          <div class="hp" aria-hidden="true">
            <label for="comment-${HONEYPOT}">Leave this field empty</label>
            <input id="comment-${HONEYPOT}" name="${HONEYPOT}" type="text" tabindex="-1" autocomplete="off" value="">
          </div>
          <input type="hidden" name="token" value="${state.token}">
          <button type="submit">${state.replyTo ? 'Post reply' : 'Post comment'}</button>
        </form>`;
}

export function commentsSection(
  slug: string,
  comments: ArticleComments,
  state: FormState,
  status?: StatusMessage,
): Raw {
  const statusLine = status
    ? markup`
        <p class="comment-status" id="comment-status" role="status">${STATUS_TEXT[status]}</p>`
    : '';
  const list = comments.threads.length
    ? markup`
        <ol class="comment-list">${comments.threads.map((t) => thread(slug, t, comments.closed))}
        </ol>`
    : markup`
        <p>No comments yet.</p>`;
  const end = comments.closed
    ? markup`
        <p class="comments-closed" id="comment-form">Comments are closed on this article.</p>`
    : form(slug, state);
  return markup`
      <section class="comments" id="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments (${comments.count})</h2>${statusLine}${list}${end}
      </section>`;
}
