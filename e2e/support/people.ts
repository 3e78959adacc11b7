/**
 * People for a test, each with a fresh e-mail address, and a couple set up
 * through the screens: the first signs up, answers the safety check, creates
 * the space and makes an invite link; the second opens it, signs up, answers
 * their own check and joins.
 */
import type { SmtpSink } from '../../test/support/smtp-sink.js';
import { linksIn, parseMail } from '../../test/support/mime.js';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { AppServer } from './app-server.js';
import { openWatchedPage, type ExpectedRefusal, type WatchedPage } from './browser.js';
import { answerSafetyCheckCalmly, fillSignUp, waitForHeading, type Person } from './screens.js';

const PASSWORDS = [
  'quiet river under morning light',
  'slow tea by the open window',
  'lanterns along a winter harbour',
  'a kite above the autumn field',
];

let made = 0;
export function person(name: string): Person {
  const password = PASSWORDS[made % PASSWORDS.length]!;
  made += 1;
  return {
    name,
    email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
    password,
  };
}

export interface PageOptions {
  timezoneId?: string;
  expectedRefusals?: ExpectedRefusal[];
}

/** A fresh watched page in its own context (a phone), in Berlin unless told otherwise. */
export function openPhone(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  return openWatchedPage(browser, {
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    ...(options.expectedRefusals ? { expectedRefusals: options.expectedRefusals } : {}),
  });
}

/**
 * The newest Mend link to `path` in a mail the sink received for `email`
 * (waits a little: the outbox is sent every two seconds).
 */
export async function mailedLink(sink: SmtpSink, email: string, path: string): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    const link = sink.messages
      .filter((m) => m.to.includes(email))
      .flatMap((m) => linksIn(parseMail(m.raw).text))
      .filter((l) => new URL(l).pathname === path)
      .at(-1);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail with a ${path} link reached ${email}`);
}

/** Signs a new person up from the first screen and lands on home (through the mailed link, with SMTP). */
export async function signUpNew(
  browser: Browser,
  server: AppServer,
  who: Person,
  options: PageOptions = {},
  sink?: SmtpSink,
): Promise<WatchedPage> {
  const watched = await openPhone(browser, options);
  const { page } = watched;
  await page.goto(`${server.url}/sign-up`);
  try {
    await waitForHeading(page, 'Create your account');
  } catch (error) {
    // Say what the page showed instead, and what went wrong in it.
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(unreadable)');
    throw new Error(
      `The sign-up page did not open. It showed: ${shown.slice(0, 500)}
` + `Problems: ${watched.problems.join('; ') || 'none'}`,
      { cause: error },
    );
  }
  await fillSignUp(page, who);
  if (sink) {
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await page.goto(await mailedLink(sink, who.email, '/confirm-email'));
    await page.getByRole('button', { name: 'Confirm my e-mail' }).click();
  }
  await waitForHeading(page, `Hello, ${who.name}`);
  return watched;
}

export interface Couple {
  a: WatchedPage;
  b: WatchedPage;
}

export async function setUpCouple(
  browser: Browser,
  server: AppServer,
  first: Person,
  second: Person,
  options: { a?: PageOptions; b?: PageOptions } = {},
  sink?: SmtpSink,
): Promise<Couple> {
  const a = await signUpNew(browser, server, first, options.a, sink);
  await a.page.getByRole('link', { name: 'Answer the safety check' }).click();
  await waitForHeading(a.page, 'Safety check');
  await answerSafetyCheckCalmly(a.page);
  await waitForHeading(a.page, `Hello, ${first.name}`);
  await a.page.getByRole('button', { name: 'Create our space' }).click();
  await a.page.getByRole('button', { name: 'Make an invite link' }).click();
  const inviteUrl = await a.page.getByLabel('Your invite link').inputValue();

  const b = await openPhone(browser, options.b);
  await b.page.goto(inviteUrl);
  await waitForHeading(b.page, 'Join your partner');
  await fillSignUp(b.page, second);
  if (sink) {
    // With e-mail, the account opens from its link; then the invite link again.
    await b.page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await b.page.goto(await mailedLink(sink, second.email, '/confirm-email'));
    await b.page.getByRole('button', { name: 'Confirm my e-mail' }).click();
    await waitForHeading(b.page, `Hello, ${second.name}`);
    await b.page.goto(inviteUrl);
    await waitForHeading(b.page, 'Join your partner');
  }
  await b.page.getByRole('heading', { name: 'A short private safety check' }).waitFor();
  await answerSafetyCheckCalmly(b.page);
  await b.page.getByRole('button', { name: 'Join the space' }).click();
  await waitForHeading(b.page, `Hello, ${second.name}`);
  await b.page.getByText(`You share this space with ${first.name}`).waitFor();
  await a.page.reload();
  await a.page.getByText(`You share this space with ${second.name}`).waitFor();
  return { a, b };
}

/**
 * Makes the session look signed in long ago, so the next sensitive change asks
 * "please confirm it is you" as it would after ten quiet minutes.
 */
export async function ageSessions(server: AppServer, who: Person): Promise<void> {
  const member = await server.database.db
    .selectFrom('members')
    .select('id')
    .where('email', '=', who.email)
    .executeTakeFirstOrThrow();
  await server.database.db
    .updateTable('sessions')
    .set({ reauthenticatedAt: new Date(Date.now() - 60 * 60_000).toISOString() })
    .where('memberId', '=', member.id)
    .execute();
}
