/**
 * Debian's Chromium driven by playwright-core; no browser is ever downloaded.
 * Each page records console errors, uncaught exceptions and CSP violations, so
 * a test can assert that the app ran cleanly.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * `mapLocalhost` makes the name `localhost` resolve to 127.0.0.1 and nothing
 * else, for the passkey test (WebAuthn needs a domain, not an IP address).
 */
export function launchChromium(options: { mapLocalhost?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...(options.mapLocalhost ? ['--host-resolver-rules=MAP localhost 127.0.0.1'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Everything that went wrong in the page, in words, for one assertion at the end. */
  problems: string[];
}

/**
 * An API answer a test expects, which Chromium nevertheless logs as a console
 * error: a status code, or `offline` for a request made while offline on purpose.
 */
export interface ExpectedRefusal {
  /** The exact path, or a pattern for paths that hold an id the test does not know. */
  path: string | RegExp;
  status: number | 'offline';
}

/**
 * Asking who is signed in answers 401 when nobody is: that is how the app
 * learns it, and Chromium logs every 4xx response as an error.
 */
const ALWAYS_EXPECTED: ExpectedRefusal[] = [
  { path: '/api/v1/me', status: 401 },
  // The live-update stream is always open: a test that takes a phone offline
  // cuts it (and its reconnection tries) like any other request.
  { path: '/api/v1/events', status: 'offline' },
];

function isExpectedNetworkLog(text: string, url: string, expected: ExpectedRefusal[]): boolean {
  if (!url || !text.startsWith('Failed to load resource:')) return false;
  const status = /status of (\d+)/.exec(text)?.[1];
  const offline = text.includes('net::ERR_INTERNET_DISCONNECTED');
  const path = new URL(url).pathname;
  return expected.some(
    (e) =>
      (typeof e.path === 'string' ? e.path === path : e.path.test(path)) &&
      (e.status === 'offline' ? offline : e.status === Number(status)),
  );
}

/** Chromium reports CSP violations in the console; this makes sure none slips by. */
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });
`;

export async function openWatchedPage(
  browser: Browser,
  options: { timezoneId: string; locale?: string; expectedRefusals?: ExpectedRefusal[] },
): Promise<WatchedPage> {
  const expected = [...ALWAYS_EXPECTED, ...(options.expectedRefusals ?? [])];
  const context = await browser.newContext({
    timezoneId: options.timezoneId,
    locale: options.locale ?? 'en-GB',
    viewport: { width: 420, height: 900 },
    // No transitions: every screenshot and check sees the settled screen.
    reducedMotion: 'reduce',
  });
  // Steps take well under a second; a stuck one should fail soon, not after 30 s.
  context.setDefaultTimeout(15_000);
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const url = message.location().url;
    if (/content security policy/i.test(text)) problems.push(`CSP violation: ${text}`);
    else if (message.type() === 'error' && !isExpectedNetworkLog(text, url, expected)) {
      problems.push(`console error: ${text} (${url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, context, problems };
}
