/**
 * The token of a link from a Mend e-mail (`/confirm-email#token=…`,
 * `/reset-password#token=…`, `/mail/unsubscribe#token=…`). It rides in the
 * fragment, which browsers never send to a server or in a Referer; once read
 * it is kept in memory only and taken out of the address bar.
 */
export const LINK_TOKEN_PATHS = ['/confirm-email', '/reset-password', '/mail/unsubscribe'];

let pending: { path: string; token: string } | null = null;

export function captureLinkToken(location: Location, history: History): void {
  if (!LINK_TOKEN_PATHS.includes(location.pathname)) return;
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token')?.trim();
  if (token) {
    pending = { path: location.pathname, token };
    history.replaceState(history.state, '', location.pathname);
  }
}

/** The token captured for `path`, if the app was opened from such a link. */
export const linkTokenFor = (path: string): string | null =>
  pending?.path === path ? pending.token : null;

export function forgetLinkToken(): void {
  pending = null;
}
