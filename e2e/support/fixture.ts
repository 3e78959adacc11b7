/**
 * "A server and a browser" for one end-to-end file: `useServerAndBrowser()`
 * registers the hooks that start the app and Chromium before the file's tests
 * and close both after them, and hands the tests what they share — the app's
 * address, the browser, and fresh phones (watched pages), people and couples.
 *
 * Every browser context a test opens (a phone, a couple, a context for a
 * first-screen measure) is closed after that test, whether it passed or not,
 * so tests need no try/finally of their own. Contexts opened in a file's own
 * `beforeAll` (a walk's two partners) live until the file ends.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { Clock } from '../../src/server/platform/clock.js';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../test/support/smtp-sink.js';
import { startAppServer, type AppServer, type AppServerOptions } from './app-server.js';
import { launchChromium, type WatchedPage } from './browser.js';
import { openPhone, setUpCouple, signUpNew, type Couple, type PageOptions } from './people.js';
import type { Person } from './screens.js';

export interface ServerAndBrowserOptions {
  /**
   * `localhost` for passkeys (WebAuthn needs a domain): the browser is then told
   * that the name maps to 127.0.0.1.
   */
  hostName?: 'localhost' | '127.0.0.1';
  /** Deliver e-mail to a local SMTP sink, for tests that read what was sent. */
  smtp?: boolean;
  /** A test clock for the server (see app-server.ts). */
  clock?: Clock;
  /** Fills the database before the server starts (see app-server.ts). */
  prepare?: AppServerOptions['prepare'];
}

export interface ServerAndBrowser {
  /** The address the browser uses, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly server: AppServer;
  readonly browser: Browser;
  /** The SMTP sink; only with `{ smtp: true }`. */
  readonly sink: SmtpSink;
  /** A fresh watched page in its own context (a phone), in Berlin unless told otherwise. */
  newPhone(options?: PageOptions): Promise<WatchedPage>;
  /** A new person signed up from the first screen, on their own phone, at home. */
  signUp(who: Person, options?: PageOptions): Promise<WatchedPage>;
  /** Two people sharing a space, each on their own phone. */
  couple(
    first: Person,
    second: Person,
    options?: { a?: PageOptions; b?: PageOptions },
  ): Promise<Couple>;
}

/** Call once per file (at the top of its `describe`), before the file's own hooks. */
export function useServerAndBrowser(options: ServerAndBrowserOptions = {}): ServerAndBrowser {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let sink: SmtpSink | undefined;
  let openBeforeTest = new Set<BrowserContext>();

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is there only once beforeAll has run.`);
    return value;
  };

  beforeAll(async () => {
    if (options.smtp) sink = await startSmtpSink();
    server = await startAppServer({
      ...(options.hostName ? { hostName: options.hostName } : {}),
      ...(sink ? { smtpUrl: sink.url } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.prepare ? { prepare: options.prepare } : {}),
    });
    browser = await launchChromium({ mapLocalhost: options.hostName === 'localhost' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await sink?.close();
  });

  beforeEach(() => {
    openBeforeTest = new Set(browser?.contexts() ?? []);
  });

  afterEach(async () => {
    const opened = (browser?.contexts() ?? []).filter((context) => !openBeforeTest.has(context));
    await Promise.all(opened.map((context) => context.close()));
  });

  const world: ServerAndBrowser = {
    get url() {
      return started(server, 'The app server').url;
    },
    get server() {
      return started(server, 'The app server');
    },
    get browser() {
      return started(browser, 'The browser');
    },
    get sink() {
      return started(sink, 'The SMTP sink (ask for it with { smtp: true })');
    },
    newPhone: (page) => openPhone(world.browser, page),
    signUp: (who, page) => signUpNew(world.browser, world.server, who, page, sink),
    couple: (first, second, pages) =>
      setUpCouple(world.browser, world.server, first, second, pages, sink),
  };
  return world;
}
