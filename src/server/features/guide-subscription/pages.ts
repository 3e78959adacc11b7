/**
 * The subscription's pages, in the guide's frame. A confirmation link's page
 * asks before it changes anything (mail scanners open links); its button
 * posts the token. The answers never say whether an address was known.
 */
import { markup, type Raw } from '../guide/html.js';
import { layout, type SiteInfo } from '../guide/pages.js';
import { emailField, subscribeForm, type SubscribeFormState } from '../guide/subscribe-form.js';

export type SubscribeStatus = 'sent' | 'confirmed';

const STATUS_TEXT: Record<SubscribeStatus, string> = {
  sent: 'Thank you. Please look in your inbox: if this address is not subscribed yet, we sent it a link to confirm. Nothing is sent to it before then.',
  confirmed:
    'You are subscribed. We will send one short e-mail when a new article is published; each has a link to stop them.',
};

function page(site: SiteInfo, title: string, path: string, main: Raw): string {
  return layout(site, {
    title: `${title} — Mend`,
    description: title,
    path,
    type: 'website',
    main,
  });
}

export function subscribePage(
  site: SiteInfo,
  state: SubscribeFormState & { status?: SubscribeStatus } = {},
): string {
  const status = state.status
    ? markup`
      <p class="notice" id="subscribe-status" role="status">${STATUS_TEXT[state.status]}</p>`
    : '';
  const form =
    state.status === 'confirmed'
      ? markup`
      <p><a href="/guide">Back to the guide</a></p>`
      : subscribeForm(state, 'h1');
  const heading =
    state.status === 'confirmed' ? markup`      <h1>You are subscribed</h1>` : markup``;
  return page(
    site,
    'New articles by e-mail',
    '/guide/subscribe',
    markup`${heading}${status}${form}`,
  );
}

export function confirmPage(site: SiteInfo, token: string): string {
  return page(
    site,
    'Confirm your subscription',
    '/guide/subscribe',
    markup`      <h1>Confirm your subscription</h1>
      <p>Press the button to receive an e-mail when the guide publishes a new article.</p>
      <form class="subscribe-form" method="post" action="/guide/subscribe/confirm">
        <input type="hidden" name="token" value="${token}">
        <button type="submit">Confirm my subscription</button>
      </form>
      <p><a href="/guide">Not now: back to the guide</a></p>`,
  );
}

export function linkGonePage(site: SiteInfo): string {
  return page(
    site,
    'This link does not work any more',
    '/guide',
    markup`      <h1>This link does not work any more</h1>
      <p>A confirmation link works once, for 7 days. It was used already, it expired, or it is not complete. You can <a href="/guide/subscribe">ask for a new one</a>.</p>`,
  );
}

export function unsubscribePage(
  site: SiteInfo,
  state: { email?: string; problem?: string; done?: boolean } = {},
): string {
  if (state.done)
    return page(
      site,
      'You will not get the guide’s e-mails',
      '/guide/unsubscribe',
      markup`      <h1>You will not get the guide’s e-mails</h1>
      <p class="notice" id="unsubscribe-status" role="status">If this address was subscribed, it is not any more, and no more guide e-mails go to it.</p>
      <p><a href="/guide">Back to the guide</a></p>`,
    );
  const field = emailField({ id: 'unsubscribe-email', value: state.email, problem: state.problem });
  return page(
    site,
    'Stop the guide’s e-mails',
    '/guide/unsubscribe',
    markup`      <section class="subscribe" aria-labelledby="unsubscribe-heading">
        <h1 id="unsubscribe-heading">Stop the guide’s e-mails</h1>
        <p>Every e-mail from the guide also has a link that stops them in one click.</p>
        <form class="subscribe-form" method="post" action="/guide/unsubscribe">${field}
          <button type="submit">Stop the e-mails</button>
        </form>
      </section>`,
  );
}
