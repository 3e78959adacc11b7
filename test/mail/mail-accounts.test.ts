/**
 * E-mail and accounts over real SMTP (issue 11): a sink on 127.0.0.1 receives
 * every mail; the tests read headers and both bodies, follow the links
 * through the API, and check that no content ever reaches a mail.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import {
  createCouple,
  createSpace,
  invite,
  putCheckIn,
  sessionCookie,
  signUp,
  STRONG_PASSWORD,
  type TestMember,
} from '../support/factories.js';
import { linksIn, parseMail, tokenOf, type ParsedMail } from '../support/mime.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { codeNow, completeSignIn, enableTotp, signInRequest } from '../account-security/helpers.js';

const NEW_PASSWORD = 'copper kettle morning 77';

describeEachDatabase('e-mail and accounts over SMTP', (kind) => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeEach(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ kind, env: { SMTP_URL: sink.url } });
  });
  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  /** Sends what is queued; the mails that reached `address`, parsed, oldest first. */
  async function mailsTo(address: string): Promise<ParsedMail[]> {
    await t.app.outboxSender!.drain();
    return sink.messages.filter((m) => m.to.includes(address)).map((m) => parseMail(m.raw));
  }

  async function lastMailTo(address: string, subject: RegExp): Promise<ParsedMail> {
    const mail = (await mailsTo(address))
      .filter((m) => subject.test(m.headers.get('subject') ?? ''))
      .at(-1);
    if (!mail) throw new Error(`No mail "${subject.source}" to ${address}`);
    return mail;
  }

  const mendLink = (mail: ParsedMail, path: string) => {
    const link = linksIn(mail.text).find((l) => new URL(l).pathname === path);
    if (!link) throw new Error(`No ${path} link in: ${mail.text}`);
    return link;
  };

  const signUpRequest = (email: string, password = STRONG_PASSWORD) =>
    t.request({
      method: 'POST',
      url: '/api/v1/accounts',
      body: { email, displayName: 'Robin', password, timeZone: 'UTC' },
    });

  const confirm = (token: string) =>
    t.request({ method: 'POST', url: '/api/v1/email-confirmations', body: { token } });

  async function reauthenticated(member: TestMember): Promise<TestMember> {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/me/reauthenticate',
      cookie: member.cookie,
      body: { password: member.password },
    });
    expect(response.statusCode, response.body).toBe(204);
    return { ...member, cookie: sessionCookie(response) };
  }

  it('signs up through the mailed link, with the same answer for a taken address', async () => {
    const owner = await signUp(t, { email: 'owner@example.test' });
    const fresh = await signUpRequest('newcomer@example.test');
    const taken = await signUpRequest(owner.email);
    for (const answer of [fresh, taken]) {
      expect(answer.statusCode, answer.body).toBe(202);
      expect(answer.json()).toEqual({ status: 'check-your-email' });
      expect(answer.cookies).toEqual([]);
    }
    expect(Object.keys(fresh.headers).sort()).toEqual(Object.keys(taken.headers).sort());

    // The owner hears that someone tried; nothing changed for them.
    const attempt = await lastMailTo(owner.email, /tried to sign up/);
    expect(attempt.text).toContain('cannot be turned off');
    expect(attempt.headers.has('list-unsubscribe')).toBe(false);

    // Not usable before the link: a wrong password answers as for an unknown
    // address; the right one says to confirm first.
    const unknown = await signInRequest(t, 'nobody@example.test', 'some wrong password');
    const wrong = await signInRequest(t, 'newcomer@example.test', 'some wrong password');
    expect([wrong.statusCode, wrong.json<{ code: string }>().code]).toEqual([
      unknown.statusCode,
      unknown.json<{ code: string }>().code,
    ]);
    const early = await signInRequest(t, 'newcomer@example.test', STRONG_PASSWORD);
    expect([early.statusCode, early.json<{ code: string }>().code]).toEqual([
      403,
      'email-not-confirmed',
    ]);

    const mail = await lastMailTo('newcomer@example.test', /Confirm your e-mail/);
    const link = mendLink(mail, '/confirm-email');
    expect(mail.html).toContain('/confirm-email#token=');
    const opened = await confirm(tokenOf(link));
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<{ confirmed: string }>().confirmed).toBe('sign-up');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: sessionCookie(opened) });
    expect(me.json<{ member: { email: string } }>().member.email).toBe('newcomer@example.test');

    // Used once: the same link again, or a made-up one, is refused alike.
    for (const token of [tokenOf(link), 'made-up-token']) {
      const again = await confirm(token);
      expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([
        410,
        'link-used-or-expired',
      ]);
    }
    const signedIn = await signInRequest(t, 'newcomer@example.test', STRONG_PASSWORD);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
  });

  it('lets a sign-up link expire after 24 hours', async () => {
    await signUpRequest('late@example.test');
    const token = tokenOf(
      mendLink(await lastMailTo('late@example.test', /Confirm/), '/confirm-email'),
    );
    t.clock.advance(24 * 60 * 60_000 + 1000);
    expect((await confirm(token)).statusCode).toBe(410);
    // Signing up again sends a new link, which works.
    await signUpRequest('late@example.test');
    const next = tokenOf(
      mendLink(await lastMailTo('late@example.test', /Confirm/), '/confirm-email'),
    );
    expect((await confirm(next)).statusCode).toBe(200);
  });

  it('resets a password: same answer for unknown addresses, every session ends, the second factor is still asked', async () => {
    const member = await signUp(t, { email: 'reset@example.test' });
    const { secret } = await enableTotp(t, member);

    const request = (email: string) =>
      t.request({ method: 'POST', url: '/api/v1/password-resets', body: { email } });
    const known = await request(member.email);
    const unknown = await request('stranger@example.test');
    for (const answer of [known, unknown]) {
      expect(answer.statusCode, answer.body).toBe(202);
      expect(answer.json()).toEqual({ status: 'check-your-email' });
    }
    expect(await mailsTo('stranger@example.test')).toEqual([]);

    const mail = await lastMailTo(member.email, /Reset your Mend password/);
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
    expect(mail.text).toContain('cannot be turned off');
    expect(mail.html).toContain('cannot be turned off');
    const token = tokenOf(mendLink(mail, '/reset-password'));

    const complete = (newPassword: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/password-resets/complete',
        body: { token, newPassword },
      });
    // Refused by the policy: the link still works for the next try.
    const short = await complete('too short');
    expect([short.statusCode, short.json<{ code: string }>().code]).toEqual([
      422,
      'validation-failed',
    ]);
    const done = await complete(NEW_PASSWORD);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ status: 'sign-in' });
    expect(done.cookies).toEqual([]);
    expect((await complete(NEW_PASSWORD)).statusCode).toBe(410);

    // The old session is gone; the old password fails; the new one asks for the code.
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie });
    expect(me.statusCode).toBe(401);
    expect((await signInRequest(t, member.email, STRONG_PASSWORD)).statusCode).toBe(401);
    const step = await signInRequest(t, member.email, NEW_PASSWORD);
    expect(step.statusCode, step.body).toBe(200);
    const { ticket, secondFactorRequired } = step.json<{
      ticket: string;
      secondFactorRequired: boolean;
    }>();
    expect(secondFactorRequired).toBe(true);
    const finished = await completeSignIn(t, { ticket, totp: codeNow(t, secret) });
    expect(finished.statusCode, finished.body).toBe(200);
  });

  it('lets a reset link expire after an hour', async () => {
    const member = await signUp(t, { email: 'slow@example.test' });
    await t.request({
      method: 'POST',
      url: '/api/v1/password-resets',
      body: { email: member.email },
    });
    const token = tokenOf(mendLink(await lastMailTo(member.email, /Reset/), '/reset-password'));
    t.clock.advance(60 * 60_000 + 1000);
    const late = await t.request({
      method: 'POST',
      url: '/api/v1/password-resets/complete',
      body: { token, newPassword: NEW_PASSWORD },
    });
    expect([late.statusCode, late.json<{ code: string }>().code]).toEqual([
      410,
      'link-used-or-expired',
    ]);
  });

  it('changes the e-mail only once the new address confirms, and tells the old one', async () => {
    const member = await reauthenticated(await signUp(t, { email: 'before@example.test' }));
    const change = await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie: member.cookie,
      body: { email: 'after@example.test' },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({
      confirmationSent: true,
      member: { email: 'before@example.test' },
    });
    const notice = await lastMailTo('before@example.test', /being changed/);
    expect(notice.text).not.toContain('after@example.test');
    const mail = await lastMailTo('after@example.test', /Confirm your new e-mail/);
    const confirmed = await confirm(tokenOf(mendLink(mail, '/confirm-email')));
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ confirmed: 'email-change' });
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie });
    expect(me.json<{ member: { email: string } }>().member.email).toBe('after@example.test');
  });

  it('answers an e-mail change to an address in use as for a free one; its owner hears, nothing changes', async () => {
    const owner = await signUp(t, { email: 'owner-of-it@example.test' });
    const member = await reauthenticated(await signUp(t, { email: 'mover@example.test' }));
    const change = await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie: member.cookie,
      body: { email: owner.email },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({
      confirmationSent: true,
      member: { email: 'mover@example.test' },
    });
    // The mover's old address gets the same notice as for a real change.
    await lastMailTo('mover@example.test', /being changed/);
    const attempt = await lastMailTo(owner.email, /tried to move a Mend account/);
    expect(attempt.text).toContain('nothing changed');
    expect(linksIn(attempt.text).some((l) => l.includes('token='))).toBe(false);
    // No confirmation link went to the owner: the address cannot be taken over.
    const subjects = (await mailsTo(owner.email)).map((m) => m.headers.get('subject'));
    expect(subjects.filter((subject) => /new e-mail/.test(subject ?? ''))).toEqual([]);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie });
    expect(me.json<{ member: { email: string } }>().member.email).toBe('mover@example.test');
  });

  it('sends the partner invite by e-mail with one-click unsubscribe, and then sends no more of it', async () => {
    const a = await signUp(t);
    await createSpace(t, a);
    const token = await invite(t, a);
    const send = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/space/invites/email',
        cookie: a.cookie,
        body: { token, email: 'partner@example.test' },
      });
    expect((await send()).statusCode).toBe(202);
    const mail = await lastMailTo('partner@example.test', /invited you/);
    expect(mail.text).not.toContain(a.displayName);
    expect(mail.html).not.toContain(a.displayName);
    expect(linksIn(mail.text)).toContain(`${t.config.publicUrl}/join#${token}`);
    const header = mail.headers.get('list-unsubscribe') ?? '';
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const oneClick = /^<(.+)>$/.exec(header)?.[1] ?? '';
    expect(oneClick).toContain('/api/v1/mail/unsubscribe?token=');
    expect(mail.text).toContain('/mail/unsubscribe#token=');
    expect(mail.html).toContain('/mail/unsubscribe#token=');

    const url = oneClick.replace(t.config.publicUrl, '');
    // A scanner opening the address changes nothing: it is sent to the page.
    const opened = await t.app.inject({ method: 'GET', url, headers: { host: 'localhost:3000' } });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toMatch(/^\/mail\/unsubscribe#token=/);
    expect((await send()).statusCode).toBe(202);
    expect(await mailsTo('partner@example.test')).toHaveLength(2);

    // The mail provider's one-click POST: no Origin, no cookie, a form body.
    const post = (target: string, payload = 'List-Unsubscribe=One-Click') =>
      t.app.inject({
        method: 'POST',
        url: target,
        headers: { host: 'localhost:3000', 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
    expect((await post(url, 'List-Unsubscribe=Nope')).statusCode).toBe(422);
    const forged = url.replace(/.{4}$/, 'AAAA');
    expect((await post(forged)).statusCode).toBe(410);
    const off = await post(url);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ status: 'turned-off' });
    expect((await post(url)).statusCode).toBe(200);

    expect((await send()).statusCode).toBe(202);
    expect(await mailsTo('partner@example.test')).toHaveLength(2);
  });

  it('keeps a planted canary out of every mail', async () => {
    const canary = `CANARY${Math.random().toString(36).slice(2)}`;
    const couple = await createCouple(t);
    const checkIn = await putCheckIn(t, couple.a, {
      trust: 4,
      note: { text: `a note ${canary}`, visibility: 'shared' },
    });
    expect(checkIn.statusCode, checkIn.body).toBe(200);
    await t.request({
      method: 'POST',
      url: '/api/v1/password-resets',
      body: { email: couple.a.email },
    });
    await signUpRequest(couple.b.email);
    const a = await reauthenticated(couple.a);
    await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie: a.cookie,
      body: { email: 'elsewhere@example.test' },
    });
    await t.app.outboxSender!.drain();
    expect(sink.messages.length).toBeGreaterThanOrEqual(5);
    for (const message of sink.messages) {
      expect(message.raw).not.toContain(canary);
      const mail = parseMail(message.raw);
      expect(mail.text + mail.html).not.toContain(canary);
      expect(mail.text.length).toBeGreaterThan(0);
      expect(mail.html).toMatch(/^<!doctype html>/);
    }
  });

  it('lets only one of two identical link redemptions at once succeed', async () => {
    await signUpRequest('twice@example.test');
    const token = tokenOf(
      mendLink(await lastMailTo('twice@example.test', /Confirm/), '/confirm-email'),
    );
    const answers = await Promise.all([confirm(token), confirm(token), confirm(token)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 410, 410]);

    const member = await signUp(t, { email: 'race@example.test' });
    await t.request({
      method: 'POST',
      url: '/api/v1/password-resets',
      body: { email: member.email },
    });
    const reset = tokenOf(mendLink(await lastMailTo(member.email, /Reset/), '/reset-password'));
    const completes = await Promise.all(
      [0, 1].map(() =>
        t.request({
          method: 'POST',
          url: '/api/v1/password-resets/complete',
          body: { token: reset, newPassword: NEW_PASSWORD },
        }),
      ),
    );
    expect(completes.map((a) => a.statusCode).sort()).toEqual([200, 410]);
  });
});

it('without SMTP, sign-up signs in at once and an e-mail change applies at once', async () => {
  const t = await createTestApp();
  try {
    const member = await signUp(t);
    const step = await t.request({
      method: 'POST',
      url: '/api/v1/me/reauthenticate',
      cookie: member.cookie,
      body: { password: member.password },
    });
    const change = await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie: sessionCookie(step),
      body: { email: 'moved@example.test' },
    });
    expect(change.json()).toMatchObject({
      confirmationSent: false,
      member: { email: 'moved@example.test' },
    });
  } finally {
    await t.close();
  }
});
