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

export function subscribeForm(state: SubscribeFormState = {}, heading = 'h2'): Raw {
  const problem = state.problem
    ? markup`
        <p class="field-error" id="subscribe-email-error">${state.problem}</p>`
    : '';
  const described = state.problem
    ? markup` aria-invalid="true" aria-describedby="subscribe-email-hint subscribe-email-error"`
    : markup` aria-describedby="subscribe-email-hint"`;
  const title =
    heading === 'h1'
      ? markup`<h1 id="subscribe-heading">New articles by e-mail</h1>`
      : markup`<h2 id="subscribe-heading">New articles by e-mail</h2>`;
  return markup`
      <section class="subscribe" aria-labelledby="subscribe-heading">
        ${title}
        <form class="subscribe-form" method="post" action="/guide/subscribe">
          <div class="field${state.problem ? ' field-invalid' : ''}">
            <label for="subscribe-email">Your e-mail address <span class="required" aria-hidden="true">*</span></label>
            <p class="hint" id="subscribe-email-hint">One short e-mail when a new article is published, nothing else. We send a link to confirm first, and every e-mail has a link to stop them. Your address is not shared or shown.</p>${problem}
            <input id="subscribe-email" name="email" type="email" required maxlength="${EMAIL_MAX}" autocomplete="email" value="${state.email ?? ''}"${described}>
          </div>
          <div class="hp" aria-hidden="true">
            <label for="subscribe-homepage">Leave this field empty</label>
            <input id="subscribe-homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" value="">
          </div>
          <button type="submit">Subscribe</button>
        </form>
        <p class="hint"><a href="/guide/unsubscribe">Stop the guide’s e-mails</a></p>
      </section>`;
}
