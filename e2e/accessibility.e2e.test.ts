/**
 * axe-core on every screen of the route table, in the light and the dark
 * colour scheme, with content on them: a couple with a breach, its
 * acknowledgment, impact statement and apology, a conversation, an agreement,
 * a setback, check-ins, a commitment, needs, and forgiveness reflections
 * and statements. Signed-out screens are checked signed out. Every pattern
 * in src/web/routes/table.tsx must have an address here, so a new screen
 * cannot slip past.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/app-server.js';
import { buildGuideSite } from '../src/server/features/guide/site.js';
import { api } from './support/api.js';
import { useServerAndBrowser } from './support/fixture.js';
import { createOperator } from './support/operator.js';
import { person, type Couple } from './support/people.js';
import type { WatchedPage } from './support/browser.js';
import { recordProof, VERIFY } from '../test/support/proof.js';

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const SCHEMES = ['light', 'dark'] as const;
/**
 * The phone width every e2e page opens at (support/browser.ts); under
 * `npm run verify` a desktop width too, which doubles the run.
 */
const WIDTHS = [
  { name: 'phone', width: 420, height: 900 },
  ...(VERIFY ? [{ name: 'desktop', width: 1280, height: 800 }] : []),
];

interface Violation {
  id: string;
  nodes: number;
  help: string;
}

/** Opens an address from the bar, waits until it has settled, and runs axe on it. */
async function violationsOn(page: Page, url: string): Promise<Violation[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  await page.waitForFunction('document.querySelectorAll(\'[aria-busy="true"]\').length === 0');
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self')
  // rightly refuses an inline script tag.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate<Violation[]>(
    `axe.run({ resultTypes: ['violations'] }).then((results) =>
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help })))`,
  );
}

/** The patterns of the route table, read from its source. */
function tablePatterns(): string[] {
  const source = fs.readFileSync(path.join(projectRoot, 'src/web/routes/table.tsx'), 'utf8');
  return [...source.matchAll(/route\(\s*'([^']+)'/g)].map((match) => match[1]!);
}

/** The pattern an address stands for: ids become `:name` where the pattern has one. */
function fitsPattern(address: string, pattern: string): boolean {
  const a = address.split('/');
  const p = pattern.split('/');
  return a.length === p.length && p.every((part, i) => part.startsWith(':') || part === a[i]);
}

/** The operator `mend admin create` makes before the server starts: /moderation is checked as them. */
const OPERATOR_EMAIL = 'operator@example.test';
let operatorPassword = '';

describe('accessibility (axe-core) on every screen', () => {
  const world = useServerAndBrowser({
    prepare: async (env) => {
      operatorPassword = await createOperator(OPERATOR_EMAIL, env);
    },
  });
  let couple: Couple;
  let operator: WatchedPage;
  const signedIn: string[] = [];
  const signedOut = ['/', '/sign-up', '/join', '/therapist/join', '/docs/api'];
  // The public guide, rendered on the server: every article, the index and
  // the subscription's pages (a link that no longer works included).
  const guidePages = [
    '/guide',
    ...buildGuideSite({ publicUrl: 'http://localhost' }).articles.map((a) => `/guide/${a.slug}`),
    '/guide/subscribe',
    '/guide/subscribe?status=sent',
    '/guide/subscribe?status=confirmed',
    '/guide/subscribe/confirm?token=used',
    '/guide/unsubscribe',
    '/guide/unsubscribe?status=done',
  ];

  beforeAll(async () => {
    couple = await world.couple(person('Alex'), person('Sam'));
    const { a, b } = couple;
    const breach = await api<{ breach: { id: string } }>(a.page, 'POST', '/breaches', {
      title: 'The messages',
      category: 'lying',
      description: 'I kept talking to someone and said I had stopped.',
      day: '2026-03-01',
      cameToLight: 'discovered',
      brokeTrust: 'me',
    });
    const breachId = breach.breach.id;
    await api(a.page, 'POST', `/breaches/${breachId}/acknowledgments`, {
      text: 'I lied to you for months about the messages.',
    });
    const impact = await api<{ impactStatement: { id: string } }>(
      b.page,
      'POST',
      `/breaches/${breachId}/impact-statements`,
      { text: 'I stopped trusting my own judgment.' },
    );
    const parts = {
      whatHappened: 'I lied about the messages, again and again.',
      impact: 'You felt foolish for believing me, and alone.',
      responsibility: 'It was my choice and my doing.',
      whatWillChange: 'I will answer any question about my phone, openly.',
    };
    const impactStatementId = impact.impactStatement.id;
    const first = await api<{ apology: { id: string } }>(
      a.page,
      'POST',
      `/breaches/${breachId}/apologies`,
      { impactStatementId, parts },
    );
    // A second version after "another try", so the page shows a thread of them.
    await api(b.page, 'POST', `/apologies/${first.apology.id}/rating`, {
      understood: 3,
      anotherTry: true,
      comment: 'Say more about the evenings.',
    });
    await api(a.page, 'POST', `/breaches/${breachId}/apologies`, {
      impactStatementId,
      parts: { ...parts, impact: 'You sat alone every evening, wondering.' },
    });
    const conversation = await api<{ conversation: { id: string } }>(
      a.page,
      'POST',
      '/conversations',
      { day: '2026-03-09', topic: 'How the week went', minutes: 40, startedBy: 'me' },
    );
    const agreement = await api<{ agreement: { id: string } }>(a.page, 'POST', '/agreements', {
      text: 'We tell each other when we will be late.',
    });
    await api(a.page, 'POST', '/setbacks', {
      kind: 'hard-day',
      severity: 'moderate',
      day: '2026-03-09',
    });
    for (const page of [a.page, b.page]) {
      await api(page, 'PUT', '/check-ins', { trust: 4, honesty: 4, reliability: 4, openness: 4 });
    }
    // A commitment with a marked day that the partner asked about: the detail
    // screen shows its calendar, its line and the answer form.
    const commitment = await api<{ commitment: { id: string; today: { day: string } } }>(
      a.page,
      'POST',
      '/commitments',
      { text: 'I will text when I am running late.', schedule: { kind: 'daily' } },
    );
    const commitmentId = commitment.commitment.id;
    const day = commitment.commitment.today.day;
    await api(a.page, 'PUT', `/commitments/${commitmentId}/marks/${day}`, { outcome: 'kept' });
    await api(b.page, 'PUT', `/commitments/${commitmentId}/marks/${day}/review`, {
      verdict: 'questioned',
      note: 'I did not get a text.',
    });
    // Forgiveness: Alex's own reflection (its trend, its sharing) and statement,
    // and a reflection and a statement Sam chose to share.
    const answers = [3, 2, 4, 3, 1, 4, 3, 3, 2];
    await api(a.page, 'POST', '/forgiveness/reflections', { answers });
    await api(a.page, 'PUT', '/forgiveness/statements/mine', {
      text: 'I am letting go of the anger, slowly.',
    });
    const samReflection = await api<{ reflection: { id: string } }>(
      b.page,
      'POST',
      '/forgiveness/reflections',
      { answers },
    );
    await api(b.page, 'PUT', `/forgiveness/reflections/${samReflection.reflection.id}/sharing`, {
      shared: true,
    });
    await api(b.page, 'PUT', '/forgiveness/statements/mine', {
      text: 'I forgive you. It does not make it all right, and I am choosing it.',
      shared: true,
    });
    // The trust questionnaire: Alex's month, shared, so its milestones and share choice show.
    await api(a.page, 'PUT', '/trust-questionnaires', {
      answers: [4, 5, 4, 3, 5, 6],
      shared: true,
    });
    // Needs of both partners: one put in new words (its earlier words fold open),
    // one acknowledged, one retired, so every part of the needs screen shows.
    const need = await api<{ need: { id: string } }>(a.page, 'POST', '/needs', {
      category: 'quality-time',
      text: 'An evening a week together, phones away.',
      importance: 2,
    });
    await api(a.page, 'POST', `/needs/${need.need.id}/versions`, {
      category: 'quality-time',
      text: 'Two evenings a week together, phones away.',
      importance: 3,
    });
    const samsNeed = await api<{ need: { id: string } }>(b.page, 'POST', '/needs', {
      category: 'reassurance',
      text: 'A message when plans change.',
      importance: 1,
    });
    await api(a.page, 'POST', `/needs/${samsNeed.need.id}/acknowledgment`);
    const retiredNeed = await api<{ need: { id: string } }>(a.page, 'POST', '/needs', {
      category: 'space',
      text: 'An hour alone after work.',
      importance: 1,
    });
    await api(a.page, 'POST', `/needs/${retiredNeed.need.id}/retirement`);
    // Notes and reassurance: a note Sam appreciated, a gesture, Sam's request
    // answered by an affirmation, and Alex's own request still open — so Sam's
    // screens show the notice and the answer form.
    const note = await api<{ note: { id: string } }>(a.page, 'POST', '/notes', {
      kind: 'note',
      text: 'Thank you for the walk tonight.',
    });
    await api(b.page, 'PUT', `/notes/${note.note.id}/appreciation`);
    await api(b.page, 'POST', '/notes', { kind: 'gesture', gestureKind: 'quality-time' });
    const asked = await api<{ request: { id: string } }>(b.page, 'PUT', '/reassurance/today');
    await api(a.page, 'POST', '/notes', {
      kind: 'affirmation',
      phraseId: 'commitment.choosing',
      answersRequestId: asked.request.id,
    });
    await api(a.page, 'PUT', '/reassurance/today');
    const spaceId = (await api<{ space: { id: string } }>(a.page, 'GET', '/me')).space.id;
    // The operator, with a comment held and one kept as spam (sent too fast) to moderate.
    operator = await world.newPhone();
    await operator.page.goto(`${world.url}/guide/what-trust-rests-on`);
    await api(operator.page, 'POST', '/sessions', {
      email: OPERATOR_EMAIL,
      password: operatorPassword,
    });
    const formToken = () =>
      operator.page.evaluate(async () => {
        const article = await (await fetch('/guide/what-trust-rests-on')).text();
        return /name="token" value="([^"]+)"/.exec(article)![1]!;
      });
    const sendComment = (token: string, name: string) =>
      operator.page.evaluate(
        async ({ token, name }) => {
          const body = new URLSearchParams({
            name,
            email: `${name.toLowerCase()}@example.test`,
            body: 'Thank you. The part about small promises helped us most.',
            token,
          });
          await fetch('/guide/what-trust-rests-on/comments', { method: 'POST', body });
        },
        { token, name },
      );
    const form = await formToken();
    await sendComment(form, 'Quick');
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    await sendComment(form, 'Robin');

    const ids: Record<string, string> = {
      breachId,
      conversationId: conversation.conversation.id,
      agreementId: agreement.agreement.id,
      commitmentId,
      spaceId,
    };
    for (const pattern of tablePatterns()) {
      if (signedOut.includes(pattern) && pattern !== '/') continue;
      signedIn.push(
        pattern.replace(/:(\w+)/g, (_, name: string) => {
          const id = ids[name];
          if (!id) throw new Error(`No id for :${name} in ${pattern}: add one to this test.`);
          return id;
        }),
      );
    }
  }, 120_000);

  it('has an address here for every pattern of the route table', () => {
    const covered = [...signedIn, ...signedOut];
    for (const pattern of tablePatterns()) {
      expect(
        covered.some((address) => fitsPattern(address, pattern)),
        pattern,
      ).toBe(true);
    }
  });

  it('keeps the apology cards inside the page column on a desktop screen', async () => {
    const page = couple.b.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      const address = signedIn.find((a) => a.endsWith('/apology'))!;
      await page.goto(`${world.url}${address}`);
      await page.locator('article.version').first().waitFor();
      // Measured in the page (this file is compiled without the DOM's types).
      const column = await page.evaluate<{ left: number; right: number }>(`(() => {
        const main = document.querySelector('main');
        const box = main.getBoundingClientRect();
        const style = getComputedStyle(main);
        return {
          left: box.left + parseFloat(style.paddingLeft),
          right: box.right - parseFloat(style.paddingRight),
        };
      })()`);
      const cards = await page.evaluate<{ left: number; right: number }[]>(
        `[...document.querySelectorAll('article.version, .card')].map((element) => {
          const box = element.getBoundingClientRect();
          return { left: box.left, right: box.right };
        })`,
      );
      expect(cards.length).toBeGreaterThan(1);
      for (const card of cards) {
        expect(card.left).toBeGreaterThanOrEqual(column.left - 0.5);
        expect(card.right).toBeLessThanOrEqual(column.right + 0.5);
      }
    } finally {
      await page.setViewportSize({ width: 420, height: 900 });
    }
  });

  it(
    'finds no violations on any screen in either colour scheme',
    async () => {
      const found: string[] = [];
      let checked = 0;
      const anonymous = await world.newPhone();
      for (const size of WIDTHS)
        for (const scheme of SCHEMES) {
          // The partner who was hurt sees the breach screens differently (rating
          // the apology, answering the acknowledgment), so those are checked as both.
          const breachScreens = signedIn.filter((address) => address.startsWith('/breaches/'));
          for (const [page, addresses] of [
            [couple.a.page, signedIn],
            [couple.b.page, breachScreens],
            [anonymous.page, [...signedOut, ...guidePages]],
            [operator.page, ['/', '/moderation']],
          ] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.setViewportSize({ width: size.width, height: size.height });
            for (const address of addresses) {
              const violations = await violationsOn(page, `${world.url}${address}`);
              checked += 1;
              for (const v of violations)
                found.push(`${size.name} ${scheme} ${address}: ${v.id} (${v.nodes}) ${v.help}`);
            }
          }
        }
      console.log(
        `axe-core: ${checked} screens checked (${SCHEMES.length} colour schemes, ${WIDTHS.length} widths), ${found.length} violations`,
      );
      recordProof({
        row: 'accessibility: axe-core',
        figure: `screens × schemes × widths checked ${checked} (${WIDTHS.map((w) => `${w.name} ${w.width} px`).join(', ')}; light, dark); violations ${found.length}`,
        bar: 'violations 0, at phone and desktop widths',
        met: found.length === 0 && WIDTHS.length >= 2,
      });
      expect(found).toEqual([]);
    },
    600_000 * WIDTHS.length,
  );
});
