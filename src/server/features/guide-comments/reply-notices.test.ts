/**
 * Reply notices over real SMTP: asked for on the comment form, confirmed by
 * a single-use mailed link (at once for an address that confirmed before),
 * one mail per reply to everyone who asked in the conversation (never to the
 * reply's writer, never twice), no words of anyone's comment in a mail, and
 * one click in a notice ends them on every comment.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  commentId,
  postComment,
  sendForm,
  signUpOperator,
  SLUG,
} from '../../../../test/support/guide-comments.js';
import type { TestMember } from '../../../../test/support/factories.js';
import { linksIn, parseMail, type ParsedMail } from '../../../../test/support/mime.js';
import { oneClickUnsubscribe } from '../../../../test/support/one-click.js';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describeEachDatabase('guide comment reply notices over SMTP', (kind) => {
  let sink: SmtpSink;
  let t: TestApp;
  let operator: TestMember;

  beforeEach(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ kind, env: { SMTP_URL: sink.url } });
    operator = await signUpOperator(t);
  });
  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  const address = (label: string) => `${label}-${randomBytes(3).toString('hex')}@example.test`;

  async function mailsTo(to: string, subject?: RegExp): Promise<ParsedMail[]> {
    await t.app.outboxSender!.drain();
    return sink.messages
      .filter((m) => m.to.includes(to))
      .map((m) => parseMail(m.raw))
      .filter((m) => !subject || subject.test(m.headers.get('subject') ?? ''));
  }

  const moderate = (verb: 'approve' | 'reject', id: string) =>
    t.request({
      method: 'POST',
      url: `/api/v1/moderation/comments/${id}/${verb}`,
      cookie: operator.cookie,
    });

  /** Posts and approves; the comment's id. */
  async function published(fields: Record<string, string>): Promise<string> {
    const answer = await postComment(t, fields);
    expect(answer.statusCode, answer.body.slice(0, 300)).toBe(303);
    const id = await commentId(t, fields.name!);
    if (answer.headers.location?.toString().includes('comment=held'))
      expect((await moderate('approve', id)).statusCode).toBe(200);
    return id;
  }

  async function confirmNotices(to: string): Promise<string> {
    const mail = (await mailsTo(to, /Confirm reply notices/)).at(-1);
    if (!mail) throw new Error(`no confirmation to ${to}`);
    const link = linksIn(mail.text).find((l) => l.includes('/guide/comments/notify?token='))!;
    const token = new URL(link).searchParams.get('token')!;
    const opened = await t.request({ method: 'GET', url: link.replace(t.config.publicUrl, '') });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('Yes, e-mail me');
    const done = await sendForm(t, '/guide/comments/notify', { token });
    expect(done.statusCode, done.body.slice(0, 300)).toBe(303);
    expect(done.headers.location).toBe(`/guide/${SLUG}?comment=notify-on#comment-status`);
    return token;
  }

  const notifyOf = async (id: string) =>
    (
      await t.db.database.db
        .selectFrom('guideComments')
        .select('notify')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).notify;

  it('asks first, then tells everyone who asked in the conversation of each reply, once', async () => {
    const ana = address('ana');
    const ben = address('ben');
    const cleo = address('cleo');
    const secret = `words-${randomBytes(4).toString('hex')}`;
    const first = await published({ name: 'Ana', email: ana, body: `Ana ${secret}`, notify: 'on' });
    expect(await notifyOf(first)).toBe('pending');
    const token = await confirmNotices(ana);
    expect(await notifyOf(first)).toBe('on');
    // The link is used up.
    expect((await sendForm(t, '/guide/comments/notify', { token })).statusCode).toBe(410);
    expect(
      (await t.request({ method: 'GET', url: `/guide/comments/notify?token=${token}` })).statusCode,
    ).toBe(410);

    const benReply = await published({
      name: 'Ben',
      email: ben,
      body: `Ben ${secret}`,
      parent: first,
      notify: 'on',
    });
    const toAna = await mailsTo(ana, /Someone replied/);
    expect(toAna).toHaveLength(1);
    expect(linksIn(toAna[0]!.text)).toContain(
      `${t.config.publicUrl}/guide/${SLUG}#comment-${benReply}`,
    );
    expect(toAna[0]!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    for (const part of [toAna[0]!.text, toAna[0]!.html]) {
      expect(part).not.toContain(secret);
      expect(part).not.toContain('Ben');
    }
    // Ben asked too, and is not told of his own reply.
    await confirmNotices(ben);
    expect(await mailsTo(ben, /Someone replied/)).toHaveLength(0);

    // A reply approved, rejected and approved again mails once.
    expect((await moderate('reject', benReply)).statusCode).toBe(200);
    expect((await moderate('approve', benReply)).statusCode).toBe(200);
    expect(await mailsTo(ana, /Someone replied/)).toHaveLength(1);

    // Cleo's reply (held, then approved) tells Ana and Ben, and not Cleo.
    await published({ name: 'Cleo', email: cleo, body: 'Me too.', parent: first, notify: 'on' });
    expect(await mailsTo(ana, /Someone replied/)).toHaveLength(2);
    expect(await mailsTo(ben, /Someone replied/)).toHaveLength(1);
    expect(await mailsTo(cleo, /Someone replied/)).toHaveLength(0);
    // A held reply tells no one until it is approved.
    await postComment(t, { name: 'Dan', email: address('dan'), parent: first });
    expect(await mailsTo(ana, /Someone replied/)).toHaveLength(2);
  });

  it('sends nothing to those who did not ask or did not confirm', async () => {
    const quiet = address('quiet');
    const unsure = address('unsure');
    const a = await published({ name: 'Quiet', email: quiet });
    const b = await published({ name: 'Unsure', email: unsure, notify: 'on' });
    expect(await notifyOf(a)).toBe('off');
    expect(await notifyOf(b)).toBe('pending');
    await published({ name: 'Replier', email: address('replier'), parent: a });
    await published({ name: 'Replier 2', email: address('replier2'), parent: b });
    expect(await mailsTo(quiet)).toHaveLength(1); // its delete link only
    expect(await mailsTo(unsure, /Someone replied/)).toHaveLength(0);
  });

  it('trusts an address that confirmed before, and one click in a notice ends them all', async () => {
    const eve = address('eve');
    const first = await published({ name: 'Eve', email: eve, notify: 'on' });
    await confirmNotices(eve);
    // Eve's next comment (published at once: her address is trusted) needs no new link.
    const second = await published({ name: 'Eve again', email: eve, notify: 'on' });
    expect(await notifyOf(second)).toBe('on');
    expect(await mailsTo(eve, /Confirm reply notices/)).toHaveLength(1);

    await published({ name: 'Fay', email: address('fay'), parent: second });
    const [notice] = await mailsTo(eve, /Someone replied/);
    const off = await oneClickUnsubscribe(t, notice!);
    expect(off.statusCode, off.body).toBe(200);
    expect(await notifyOf(first)).toBe('off');
    expect(await notifyOf(second)).toBe('off');
    await published({ name: 'Gil', email: address('gil'), parent: first });
    expect(await mailsTo(eve, /Someone replied/)).toHaveLength(1);
  });

  it('sends no confirmation for a comment caught as spam', async () => {
    const spammer = address('spammer');
    const answer = await postComment(t, {
      name: 'Bot',
      email: spammer,
      homepage: 'https://spam.example',
      notify: 'on',
    });
    expect(answer.headers.location).toBe(`/guide/${SLUG}?comment=held#comment-status`);
    expect(await mailsTo(spammer)).toHaveLength(0);
    expect(await notifyOf(await commentId(t, 'Bot'))).toBe('off');
  });
});
