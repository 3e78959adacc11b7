/**
 * The guide's e-mail subscription over real SMTP (a sink on 127.0.0.1): the
 * double opt-in with a single-use link, one answer for every address, bad
 * input refused with the address kept, a mail per new article sent once even
 * with two runners at once, one-click unsubscribe and leaving by address.
 */
import { HtmlValidate } from 'html-validate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { sendForm } from '../../../../test/support/guide-comments.js';
import { linksIn, parseMail, type ParsedMail } from '../../../../test/support/mime.js';
import { oneClickUnsubscribe } from '../../../../test/support/one-click.js';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.js';
import { createTestApp, secondNodeDeps, type TestApp } from '../../../../test/support/test-app.js';
import { loadArticles, type Article } from '../guide/articles.js';
import { defaultGuideDir } from '../guide/site.js';
import { registerAnnouncementJobs } from './jobs.js';
import { RESEND_AFTER_MS } from './queries.js';
import { MAX_PER_ADDRESS, subscriptionService } from './service.js';

const SENT = '/guide/subscribe?status=sent#subscribe-status';
const NEW_SLUG = 'a-new-article';

describeEachDatabase('guide subscription over SMTP', (kind) => {
  let sink: SmtpSink;
  let t: TestApp;
  let clients = 0;

  beforeEach(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ kind, env: { SMTP_URL: sink.url } });
  });
  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  const db = () => t.db.database.db;

  /** A reader's browser posting the form, each from its own client address unless told. */
  const subscribe = (email: string, extra: Record<string, string> = {}, client?: string) => {
    clients += 1;
    return sendForm(
      t,
      '/guide/subscribe',
      { email, homepage: '', ...extra },
      client ?? `10.9.0.${clients % 250}`,
    );
  };

  async function mailsTo(address: string, subject?: RegExp): Promise<ParsedMail[]> {
    await t.app.outboxSender!.drain();
    return sink.messages
      .filter((m) => m.to.includes(address))
      .map((m) => parseMail(m.raw))
      .filter((m) => !subject || subject.test(m.headers.get('subject') ?? ''));
  }

  const confirmLinkOf = async (address: string) => {
    const mail = (await mailsTo(address, /Confirm your subscription/)).at(-1);
    if (!mail) throw new Error(`no confirmation mail to ${address}`);
    const link = linksIn(mail.text).find((l) => l.includes('/guide/subscribe/confirm?token='));
    if (!link) throw new Error(`no link in ${mail.text}`);
    return {
      mail,
      path: link.replace(t.config.publicUrl, ''),
      token: new URL(link).searchParams.get('token')!,
    };
  };

  const statusOf = async (address: string) =>
    (
      await db()
        .selectFrom('guideSubscribers')
        .select('status')
        .where('emailLookup', '=', t.cipher.blindIndex(address))
        .executeTakeFirst()
    )?.status;

  async function subscribed(address: string): Promise<void> {
    expect((await subscribe(address)).headers.location).toBe(SENT);
    const { token } = await confirmLinkOf(address);
    const done = await sendForm(t, '/guide/subscribe/confirm', { token });
    expect(done.statusCode, done.body.slice(0, 300)).toBe(303);
  }

  /** A second node's view of the same database, with one more article than the app started with. */
  function secondNode(extra: Article[] = []) {
    const articles = loadArticles(defaultGuideDir());
    return subscriptionService(secondNodeDeps(t), [...articles, ...extra], t.app.jobs);
  }

  const newArticle = (slug = NEW_SLUG): Article => ({
    ...loadArticles(defaultGuideDir())[0]!,
    slug,
    title: 'A new article',
  });

  it('subscribes through a single-use mailed link that asks before it confirms', async () => {
    const answer = await subscribe('Reader@Example.test');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe(SENT);
    const sent = await t.request({ method: 'GET', url: SENT.split('#')[0]! });
    expect(sent.body).toContain('Please look in your inbox');
    expect(await statusOf('reader@example.test')).toBe('pending');

    const { mail, path, token } = await confirmLinkOf('reader@example.test');
    expect(mail.headers.get('list-unsubscribe')).toMatch(
      /^<.+\/api\/v1\/mail\/unsubscribe\?token=.+>$/,
    );
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.html).toContain('/guide/subscribe/confirm?token=');

    // Opening the link (or a mail scanner doing it) only shows the question.
    const opened = await t.request({ method: 'GET', url: path });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('Confirm my subscription');
    expect(await statusOf('reader@example.test')).toBe('pending');

    const confirmed = await sendForm(t, '/guide/subscribe/confirm', { token });
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe('/guide/subscribe?status=confirmed#subscribe-status');
    expect(await statusOf('reader@example.test')).toBe('confirmed');

    // Used up: a replayed post and a reopened link both say so and change nothing.
    const replay = await sendForm(t, '/guide/subscribe/confirm', { token });
    expect(replay.statusCode).toBe(410);
    expect(replay.body).toContain('does not work any more');
    expect((await t.request({ method: 'GET', url: path })).statusCode).toBe(410);
    for (const bad of ['', 'x'.repeat(500), `${token}x`])
      expect((await sendForm(t, '/guide/subscribe/confirm', { token: bad })).statusCode).toBe(410);
  });

  it('holds under identical requests at once: one row, one mail, one confirmation', async () => {
    const taps = await Promise.all([1, 2, 3].map(() => subscribe('double@example.test')));
    expect(taps.map((x) => x.statusCode)).toEqual([303, 303, 303]);
    const rows = await db()
      .selectFrom('guideSubscribers')
      .select('id')
      .where('emailLookup', '=', t.cipher.blindIndex('double@example.test'))
      .execute();
    expect(rows).toHaveLength(1);
    expect(await mailsTo('double@example.test')).toHaveLength(1);
    const { token } = await confirmLinkOf('double@example.test');
    const confirms = await Promise.all(
      [1, 2, 3].map(() => sendForm(t, '/guide/subscribe/confirm', { token })),
    );
    expect(confirms.map((x) => x.statusCode).sort()).toEqual([303, 410, 410]);
  });

  it('expires a confirmation link after 7 days', async () => {
    await subscribe('late@example.test');
    const { token } = await confirmLinkOf('late@example.test');
    t.clock.advance(7 * 24 * 60 * 60_000 + 1);
    expect((await sendForm(t, '/guide/subscribe/confirm', { token })).statusCode).toBe(410);
    expect(await statusOf('late@example.test')).toBe('pending');
  });

  it('answers every address the same, and mails only a new one (or a pending one later)', async () => {
    await subscribed('known@example.test');
    await subscribe('pending@example.test');
    const answers = [
      await subscribe('new@example.test'),
      await subscribe('known@example.test'),
      await subscribe('pending@example.test'),
      await subscribe('bot@example.test', { homepage: 'https://spam.example' }),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(303);
      expect(answer.headers.location).toBe(SENT);
      expect(answer.body).toBe(answers[0]!.body);
    }
    expect(await mailsTo('new@example.test')).toHaveLength(1);
    expect(await mailsTo('known@example.test')).toHaveLength(1); // its own confirmation only
    expect(await mailsTo('pending@example.test')).toHaveLength(1); // asked again at once: no second mail
    expect(await mailsTo('bot@example.test')).toHaveLength(0);
    expect(await statusOf('bot@example.test')).toBeUndefined();

    // Later, a pending address gets a new link, and the old one no longer works.
    const first = await confirmLinkOf('pending@example.test');
    t.clock.advance(RESEND_AFTER_MS + 1);
    await subscribe('pending@example.test');
    const second = await confirmLinkOf('pending@example.test');
    expect(second.token).not.toBe(first.token);
    expect((await sendForm(t, '/guide/subscribe/confirm', { token: first.token })).statusCode).toBe(
      410,
    );
    expect(
      (await sendForm(t, '/guide/subscribe/confirm', { token: second.token })).statusCode,
    ).toBe(303);
  });

  it('throttles requests per address and per client with the same answer, mailing nothing more', async () => {
    const address = 'flood@example.test';
    for (let i = 0; i < MAX_PER_ADDRESS + 3; i += 1) {
      t.clock.advance(RESEND_AFTER_MS + 1);
      expect((await subscribe(address)).headers.location).toBe(SENT);
    }
    expect(await mailsTo(address)).toHaveLength(MAX_PER_ADDRESS);

    for (let i = 0; i < 14; i += 1)
      expect((await subscribe(`crowd${i}@example.test`, {}, '10.8.8.8')).headers.location).toBe(
        SENT,
      );
    await t.app.outboxSender!.drain();
    const crowd = sink.messages.filter((m) => m.to.some((to) => to.startsWith('crowd'))).length;
    expect(crowd).toBe(10);
  });

  it('refuses a missing or malformed address with the form kept, and stores nothing', async () => {
    for (const typed of [
      '',
      '   ',
      'not an address',
      '<script>alert(1)</script>@x.org',
      `${'a'.repeat(250)}@x.org`,
    ]) {
      const answer = await subscribe(typed);
      expect(answer.statusCode, typed).toBe(422);
      expect(answer.headers['content-type']).toContain('text/html');
      expect(answer.body).toContain('aria-invalid="true"');
      expect(answer.body).toMatch(/Enter (your|an) e-mail address/);
      expect(answer.body).not.toContain('<script>alert(1)</script>');
    }
    const kept = await subscribe('robin@');
    expect(kept.body).toContain('value="robin@"');
    const rows = await db().selectFrom('guideSubscribers').select('id').execute();
    expect(rows).toEqual([]);
    // A JSON body is not a form: refused as the comment form refuses it, never a 500.
    const json = await t.request({
      method: 'POST',
      url: '/guide/subscribe',
      body: { email: 'a@b.org' },
    });
    expect(json.statusCode).toBeLessThan(500);
  });

  it('mails each confirmed subscriber once per new article, even with two runners at once', async () => {
    // At start the app marked the guide's own articles announced: there was nobody to mail.
    const announced = await db().selectFrom('guideAnnouncements').select('articleSlug').execute();
    expect(announced.length).toBe(loadArticles(defaultGuideDir()).length);
    for (const address of ['one@example.test', 'two@example.test', 'three@example.test'])
      await subscribed(address);
    await subscribe('unconfirmed@example.test');

    const a = secondNode([newArticle()]);
    const b = secondNode([newArticle()]);
    const sent = await Promise.all([
      a.announce(NEW_SLUG),
      b.announce(NEW_SLUG),
      a.announce(NEW_SLUG),
    ]);
    expect(sent.reduce((n, x) => n + x, 0)).toBe(3);
    expect((await a.announce(NEW_SLUG)) + (await b.announce(NEW_SLUG))).toBe(0);

    for (const address of ['one@example.test', 'two@example.test', 'three@example.test']) {
      const mails = await mailsTo(address, /A new article/);
      expect(mails, address).toHaveLength(1);
      expect(linksIn(mails[0]!.text)).toContain(`${t.config.publicUrl}/guide/${NEW_SLUG}`);
      expect(mails[0]!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    }
    expect(await mailsTo('unconfirmed@example.test', /A new article/)).toHaveLength(0);
    const row = await db()
      .selectFrom('guideAnnouncements')
      .select('recipients')
      .where('articleSlug', '=', NEW_SLUG)
      .executeTakeFirstOrThrow();
    expect(Number(row.recipients)).toBe(3);
  });

  it('announces a new article through a job at start, once, and not what was announced before', async () => {
    await subscribed('jobs@example.test');
    const node = secondNode([newArticle('another-new-article')]);
    registerAnnouncementJobs(t.app.jobs, node);
    expect(await node.planAnnouncements()).toBe(1);
    expect(await secondNode([newArticle('another-new-article')]).planAnnouncements()).toBe(1);
    expect(await t.app.jobs.runDue()).toBe(1);
    expect(await t.app.jobs.runDue()).toBe(0);
    expect(await node.planAnnouncements()).toBe(0);
    expect(await mailsTo('jobs@example.test', /A new article/)).toHaveLength(1);
  });

  it('unsubscribes in one click from a new-article mail, and a new subscription turns mail on again', async () => {
    await subscribed('leaving@example.test');
    await secondNode([newArticle()]).announce(NEW_SLUG);
    const [mail] = await mailsTo('leaving@example.test', /A new article/);
    const off = await oneClickUnsubscribe(t, mail!);
    expect(off.statusCode, off.body).toBe(200);
    expect(await statusOf('leaving@example.test')).toBeUndefined();
    await secondNode([newArticle('second-article')]).announce('second-article');
    expect(await mailsTo('leaving@example.test', /A new article/)).toHaveLength(1);

    t.clock.advance(RESEND_AFTER_MS + 1);
    await subscribed('leaving@example.test');
    await secondNode([newArticle('third-article')]).announce('third-article');
    expect(await mailsTo('leaving@example.test', /A new article/)).toHaveLength(2);
  });

  it('leaves by typing the address, with one answer for a known and an unknown address', async () => {
    await subscribed('typed@example.test');
    const known = await sendForm(t, '/guide/unsubscribe', { email: 'Typed@Example.test' });
    const unknown = await sendForm(t, '/guide/unsubscribe', { email: 'nobody@example.test' });
    for (const answer of [known, unknown]) {
      expect(answer.statusCode).toBe(303);
      expect(answer.headers.location).toBe('/guide/unsubscribe?status=done#unsubscribe-status');
    }
    expect(known.body).toBe(unknown.body);
    expect(await statusOf('typed@example.test')).toBeUndefined();
    const done = await t.request({ method: 'GET', url: '/guide/unsubscribe?status=done' });
    expect(done.body).toContain('If this address was subscribed, it is not any more');
    const malformed = await sendForm(t, '/guide/unsubscribe', { email: 'typed' });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.body).toContain('value="typed"');
  });

  it('shows a subscriber’s address nowhere, and its pages pass html-validate', async () => {
    const canary = `canary-${Math.random().toString(36).slice(2)}@example.test`;
    await subscribe(canary);
    const { path } = await confirmLinkOf(canary);
    const pages = [
      '/guide',
      '/guide/what-trust-rests-on',
      '/guide/subscribe',
      '/guide/subscribe?status=sent',
      '/guide/subscribe?status=confirmed',
      path,
      '/guide/subscribe/confirm?token=used',
      '/guide/unsubscribe',
      '/guide/unsubscribe?status=done',
      '/guide/feed.xml',
      '/guide/atom.xml',
      '/sitemap.xml',
    ];
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const url of pages) {
      const answer = await t.request({ method: 'GET', url });
      expect(answer.body, url).not.toContain(canary);
      if (answer.headers['content-type']?.toString().startsWith('text/html')) {
        const report = await validator.validateString(answer.body);
        expect(
          report.results.flatMap((r) => r.messages.map((m) => `${url}: ${m.ruleId} ${m.message}`)),
        ).toEqual([]);
      }
    }
    const invalid = await subscribe('robin@');
    const report = await validator.validateString(invalid.body);
    expect(report.valid).toBe(true);
    expect(t.logs.join('')).not.toContain(canary);
    expect(t.logs.join('')).not.toContain(canary.split('@')[0]);
  });
});
