/**
 * XSS and CSP in Chromium: the corpus (e2e/xss/payloads.ts) is written into the
 * text fields of the features — as many payloads per field as its length
 * allows, over as many entries as the feature keeps — and into the display
 * names; then every screen of the route table is opened as both partners. Each
 * payload would call `xss(n)` if it ran: none may, and no screen may report a
 * CSP violation (an injected inline script or handler the policy had to block).
 * The guide's comments get the corpus too (bodies and names, sent as the plain
 * form sends them), read on the moderation screen and on the article page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/app-server.js';
import type { WatchedPage } from './support/browser.js';
import { api, send, type Answer } from './support/api.js';
import { useServerAndBrowser } from './support/fixture.js';
import { createOperator } from './support/operator.js';
import { person, type Couple } from './support/people.js';
import { PAYLOADS } from './xss/payloads.js';
import { recordProof } from '../test/support/proof.js';

/** Set before any page script: a payload that ran would leave its number here. */
const XSS_TRAP = `
  window.__xssHits = [];
  window.xss = (n) => window.__xssHits.push(n);
`;

/** The patterns of the route table, read from its source. */
function tablePatterns(): string[] {
  const source = fs.readFileSync(path.join(projectRoot, 'src/web/routes/table.tsx'), 'utf8');
  return [...source.matchAll(/route\(\s*'([^']+)'/g)].map((match) => match[1]!);
}

/** The operator `mend admin create` makes before the server starts, to moderate the comments. */
const OPERATOR_EMAIL = 'operator@example.test';
let operatorPassword = '';
const GUIDE_SLUG = 'what-trust-rests-on';

describe('XSS and CSP in Chromium', () => {
  const world = useServerAndBrowser({
    prepare: async (env) => {
      operatorPassword = await createOperator(OPERATOR_EMAIL, env);
    },
  });
  let couple: Couple;
  /** Payload × field pairs written and stored. */
  let written = 0;
  const fieldsWritten = new Set<string>();
  const screens: string[] = [];

  /**
   * Writes as many payloads, from `from`, as the field takes in one entry: all
   * that remain first, then fewer while the answer is 422 (too long). Returns
   * how many went in (0 when even one is refused).
   */
  async function fill(
    field: string,
    from: number,
    write: (text: string) => Promise<Answer>,
  ): Promise<number> {
    for (let count = PAYLOADS.length - from; count >= 1; count = Math.floor(count / 2)) {
      const answer = await write(PAYLOADS.slice(from, from + count).join('\n'));
      if (answer.status < 300) {
        written += count;
        fieldsWritten.add(field);
        return count;
      }
      if (answer.status !== 422) throw new Error(`${field}: ${answer.status} ${answer.text}`);
    }
    return 0;
  }

  /** For features that keep many entries: new entries until every payload went in once. */
  async function fillAll(field: string, write: (text: string) => Promise<Answer>, most = 20) {
    let from = 0;
    for (let entry = 0; entry < most && from < PAYLOADS.length; entry += 1) {
      const count = await fill(field, from, write);
      if (count === 0) break;
      from += count;
    }
  }

  beforeAll(async () => {
    couple = await world.couple(person('Alex'), person('Sam'));
    const { a, b } = couple;
    // Display names are shown to the partner on many screens.
    await fill('display name (Alex)', 0, (text) =>
      send(a.page, 'PATCH', '/me', { displayName: text }),
    );
    await fill('display name (Sam)', 5, (text) =>
      send(b.page, 'PATCH', '/me', { displayName: text }),
    );
    const breach = await api<{ breach: { id: string } }>(a.page, 'POST', '/breaches', {
      title: PAYLOADS[3]!.slice(0, 60),
      category: 'lying',
      description: PAYLOADS.slice(0, 20).join('\n'),
      day: '2026-03-01',
      cameToLight: 'discovered',
      brokeTrust: 'me',
    });
    const breachId = breach.breach.id;
    written += 21;
    fieldsWritten.add('breach title').add('breach description');
    await fillAll('acknowledgment', (text) =>
      send(a.page, 'POST', `/breaches/${breachId}/acknowledgments`, { text }),
    );
    const impact = await api<{ impactStatement: { id: string } }>(
      b.page,
      'POST',
      `/breaches/${breachId}/impact-statements`,
      { text: PAYLOADS.slice(20, 40).join('\n') },
    );
    written += 20;
    fieldsWritten.add('impact statement');
    const impactStatementId = impact.impactStatement.id;
    const apology = await api<{ apology: { id: string } }>(
      a.page,
      'POST',
      `/breaches/${breachId}/apologies`,
      {
        impactStatementId,
        parts: {
          whatHappened: PAYLOADS.slice(40, 60).join('\n'),
          impact: PAYLOADS.slice(60, 80).join('\n'),
          responsibility: PAYLOADS.slice(80, 100).join('\n'),
          whatWillChange: PAYLOADS.slice(100).join('\n'),
        },
      },
    );
    written += PAYLOADS.length - 40;
    fieldsWritten.add('apology parts');
    await fill('apology rating comment', 0, (text) =>
      send(b.page, 'POST', `/apologies/${apology.apology.id}/rating`, {
        understood: 3,
        anotherTry: false,
        comment: text,
      }),
    );
    const conversation = await api<{ conversation: { id: string } }>(
      a.page,
      'POST',
      '/conversations',
      { day: '2026-03-09', topic: PAYLOADS[5]!.slice(0, 60), minutes: 40, startedBy: 'me' },
    );
    written += 1;
    let agreementId = '';
    await fillAll('agreement', async (text) => {
      const answer = await send(a.page, 'POST', '/agreements', { text });
      if (answer.status < 300 && !agreementId) {
        agreementId = (JSON.parse(answer.text) as { agreement: { id: string } }).agreement.id;
      }
      return answer;
    });
    await fill('check-in note (Alex)', 0, (text) =>
      send(a.page, 'PUT', '/check-ins', { trust: 4, note: { text, visibility: 'shared' } }),
    );
    await fill('check-in note (Sam)', 30, (text) =>
      send(b.page, 'PUT', '/check-ins', { trust: 4, note: { text, visibility: 'shared' } }),
    );
    let commitmentId = '';
    await fillAll(
      'commitment',
      async (text) => {
        const answer = await send(a.page, 'POST', '/commitments', {
          text,
          schedule: { kind: 'daily' },
        });
        if (answer.status < 300 && !commitmentId) {
          commitmentId = (JSON.parse(answer.text) as { commitment: { id: string } }).commitment.id;
        }
        return answer;
      },
      8,
    );
    await fillAll('need', (text) =>
      send(a.page, 'POST', '/needs', { category: 'quality-time', text, importance: 2 }),
    );
    await fillAll('note', (text) => send(b.page, 'POST', '/notes', { kind: 'note', text }));
    await fill('forgiveness statement', 0, (text) =>
      send(b.page, 'PUT', '/forgiveness/statements/mine', { text, shared: true }),
    );

    const spaceId = (await api<{ space: { id: string } }>(a.page, 'GET', '/me')).space.id;
    const ids: Record<string, string> = {
      breachId,
      conversationId: conversation.conversation.id,
      agreementId,
      commitmentId,
      spaceId,
    };
    for (const pattern of tablePatterns()) {
      const address = pattern.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? '');
      if (!address.includes('//') && !address.endsWith('/')) screens.push(address);
      else if (address === '/') screens.push(address);
    }
  }, 300_000);

  it('runs no payload and reports no CSP violation on any screen, as either partner', async () => {
    const { a, b } = couple;
    const hits: string[] = [];
    const violations: string[] = [];
    let opened = 0;
    /** Payloads seen on a screen as text: proof the screens showed what was written. */
    const shown = new Set<number>();
    for (const who of [a, b]) {
      await who.context.addInitScript(XSS_TRAP);
      for (const address of screens) {
        const before = who.problems.length;
        await who.page.goto(`${world.url}${address}`);
        await who.page.waitForLoadState('networkidle');
        await who.page.waitForFunction(
          'document.querySelectorAll(\'[aria-busy="true"]\').length === 0',
        );
        opened += 1;
        const ran = await who.page.evaluate<number[]>('window.__xssHits ?? []');
        const text = await who.page.evaluate<string>('document.body.innerText');
        PAYLOADS.forEach((payload, i) => {
          if (text.includes(payload)) shown.add(i);
        });
        for (const n of ran) hits.push(`${address}: payload ${n} ran`);
        for (const problem of who.problems.slice(before)) {
          if (/CSP violation/.test(problem)) violations.push(`${address}: ${problem}`);
        }
      }
    }
    const figure = `payloads ${PAYLOADS.length}; payload × field pairs stored ${written} in ${fieldsWritten.size} fields; screens × partners opened ${opened}; payloads seen shown as text ${shown.size}; scripts executed ${hits.length}; CSP violations ${violations.length}`;
    console.log(`XSS and CSP: ${figure}`);
    recordProof({
      row: 'XSS and CSP in Chromium',
      figure,
      bar: '≥ 100 payloads; scripts 0, CSP violations 0',
      met: PAYLOADS.length >= 100 && hits.length === 0 && violations.length === 0,
    });
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(fieldsWritten.size).toBeGreaterThan(8);
    expect(shown.size).toBeGreaterThan(PAYLOADS.length / 2);
    expect(hits).toEqual([]);
    expect(violations).toEqual([]);
  }, 900_000);

  it('runs no payload in the guide’s comments: on the moderation screen, then on the article', async () => {
    // The corpus as ten comments (a client's hourly limit), ≤ 4,000 characters
    // each, and names of up to 80: sent as a browser sends the plain form.
    const bodies = Array.from({ length: 10 }, (_, i) =>
      PAYLOADS.filter((_, n) => n % 10 === i).join('\n\n'),
    );
    const reader = await world.newPhone();
    await reader.context.addInitScript(XSS_TRAP);
    await reader.page.goto(`${world.url}/guide/${GUIDE_SLUG}`);
    const tokens = await reader.page.evaluate(
      async ({ slug, n }) => {
        const found: string[] = [];
        for (let i = 0; i < n; i += 1) {
          const html = await (await fetch(`/guide/${slug}`)).text();
          found.push(/name="token" value="([^"]+)"/.exec(html)![1]!);
        }
        return found;
      },
      { slug: GUIDE_SLUG, n: bodies.length },
    );
    // Past the form's minimum fill time.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const posted = await reader.page.evaluate(
      async ({ slug, bodies, names, tokens }) => {
        const statuses: number[] = [];
        for (let i = 0; i < bodies.length; i += 1) {
          const form = new URLSearchParams({
            name: names[i]!,
            email: `xss${i}@example.test`,
            website: '',
            body: bodies[i]!,
            homepage: '',
            token: tokens[i]!,
          });
          statuses.push(
            (await fetch(`/guide/${slug}/comments`, { method: 'POST', body: form })).status,
          );
        }
        return statuses;
      },
      {
        slug: GUIDE_SLUG,
        bodies,
        names: bodies.map((_, i) => PAYLOADS[i * 7]!.slice(0, 80)),
        tokens,
      },
    );
    expect(posted).toEqual(bodies.map(() => 200));

    const hits: string[] = [];
    const violations: string[] = [];
    const shown = new Set<number>();
    const look = async (who: WatchedPage, address: string) => {
      const before = who.problems.length;
      await who.page.goto(`${world.url}${address}`);
      await who.page.waitForLoadState('networkidle');
      await who.page.waitForFunction(
        'document.querySelectorAll(\'[aria-busy="true"]\').length === 0',
      );
      const ran = await who.page.evaluate<number[]>('window.__xssHits ?? []');
      const text = await who.page.evaluate<string>('document.body.innerText');
      PAYLOADS.forEach((payload, i) => {
        if (text.includes(payload)) shown.add(i);
      });
      for (const n of ran) hits.push(`${address}: payload ${n} ran`);
      for (const problem of who.problems.slice(before))
        if (/CSP violation/.test(problem)) violations.push(`${address}: ${problem}`);
    };

    // The operator sees every comment waiting (held, or kept as spam), then publishes them all.
    const operator = await world.newPhone();
    await operator.context.addInitScript(XSS_TRAP);
    await operator.page.goto(`${world.url}/guide`);
    await api(operator.page, 'POST', '/sessions', {
      email: OPERATOR_EMAIL,
      password: operatorPassword,
    });
    await look(operator, '/moderation');
    const waiting = [
      ...(
        await api<{ items: { id: string }[] }>(
          operator.page,
          'GET',
          '/moderation/comments?status=held',
        )
      ).items,
      ...(
        await api<{ items: { id: string }[] }>(
          operator.page,
          'GET',
          '/moderation/comments?status=spam',
        )
      ).items,
    ];
    expect(waiting).toHaveLength(bodies.length);
    for (const comment of waiting)
      await api(operator.page, 'POST', `/moderation/comments/${comment.id}/approve`);
    await look(reader, `/guide/${GUIDE_SLUG}`);

    const figure = `payloads ${PAYLOADS.length} in ${bodies.length} comments and their names; screens opened 2 (the moderation queue, the article); payloads seen shown as text ${shown.size}; scripts executed ${hits.length}; CSP violations ${violations.length}`;
    console.log(`XSS and CSP, guide comments: ${figure}`);
    recordProof({
      row: 'XSS and CSP in Chromium: guide comments',
      figure,
      bar: 'scripts 0, CSP violations 0',
      met: hits.length === 0 && violations.length === 0,
    });
    expect(shown.size).toBeGreaterThan(PAYLOADS.length / 2);
    expect(hits).toEqual([]);
    expect(violations).toEqual([]);
  }, 300_000);
});
