/**
 * The subscription form, a plain HTML form (it works without JavaScript):
 * on the guide's index and on its own page. It posts to the subscription
 * feature (features/guide-subscription/routes.ts).
 */
import { EMAIL_MAX } from '../../../domain/email-address.js';
import { markup, type Raw } from './html.js';

export interface SubscribeFormState {
  email?: string;
  /** What is wrong with the typed address. */
  problem?: string;
}

/** The address field of a plain form: its label, an optional hint, the problem if any, every value kept. */
export function emailField(options: {
  id: string;
  value?: string;
  problem?: string;
  hint?: string;
}): Raw {
  const { id, problem } = options;
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const hint = options.hint
    ? markup`
            <p class="hint" id="${id}-hint">${options.hint}</p>`
    : '';
  const error = problem
    ? markup`
            <p class="field-error" id="${id}-error">${problem}</p>`
    : '';
  return markup`
          <div class="field${problem ? ' field-invalid' : ''}">
            <label for="${id}">Your e-mail address <span class="required" aria-hidden="true">*</span></label>${hint}${error}
            <input id="${id}" name="email" type="email" required maxlength="${EMAIL_MAX}" autocomplete="email" value="${options.value ?? ''}"${
              problem ? markup` aria-invalid="true"` : ''
            }${described ? markup` aria-describedby="${described}"` : ''}>
          </div>`;
}

export function subscribeForm(state: SubscribeFormState = {}, heading = 'h2'): Raw {
  const title =
    heading === 'h1'
      ? markup`<h1 id="subscribe-heading">New articles by e-mail</h1>`
      : markup`<h2 id="subscribe-heading">New articles by e-mail</h2>`;
  const field = emailField({
    id: 'subscribe-email',
    value: state.email,
    problem: state.problem,
    hint: 'One short e-mail when a new article is published, nothing else. We send a link to confirm first, and every e-mail has a link to stop them. Your address is not shared or shown.',
  });
  return markup`
      <section class="subscribe" aria-labelledby="subscribe-heading">
        ${title}
        <form class="subscribe-form" method="post" action="/guide/subscribe">${field}
          <div class="hp" aria-hidden="true">
            <label for="subscribe-homepage">Leave this field empty</label>
            <input id="subscribe-homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" value="">
          </div>
          <button type="submit">Subscribe</button>
        </form>
        <p class="hint"><a href="/guide/unsubscribe">Stop the guide’s e-mails</a></p>
      </section>`;
}
