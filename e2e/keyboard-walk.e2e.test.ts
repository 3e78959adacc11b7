/**
 * A keyboard-only walk (SECURITY.md's accessibility row): sign-up, a check-in,
 * the path and the guide, with Tab, the arrow keys, Space, Enter and typing
 * only — no click, no fill. Addresses are typed as a person would type them in
 * the address bar. Along the path every focus stop must have a name, be on
 * screen and show that it has focus.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading, waitForStatus } from './support/screens.js';
import { recordProof } from '../test/support/proof.js';
import { buildGuideSite } from '../src/server/features/guide/site.js';

const TITLES = buildGuideSite({ publicUrl: 'http://localhost' }).articles.map((a) => a.title);

interface Focused {
  tag: string;
  type: string;
  name: string;
  /** The legend of the fieldset it sits in, for radio buttons. */
  group: string;
  onScreen: boolean;
  /** An outline or a box shadow while focused. */
  indicator: boolean;
}

const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const label = el.labels && el.labels[0] ? el.labels[0].innerText : '';
  const name = (el.getAttribute('aria-label') || label || el.innerText || el.value || el.title || '').trim();
  const legend = el.closest('fieldset')?.querySelector('legend');
  const rect = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return {
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type') || '',
    name,
    group: legend ? legend.innerText.trim() : '',
    onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
    indicator: outlined || style.boxShadow !== 'none',
  };
})()`;

const focused = (page: Page) => page.evaluate<Focused | null>(FOCUSED);

/** Presses Tab until the focused element fits `wanted`; names what it passed when it never does. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<void> {
  const passed: string[] = [];
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && wanted(now)) return;
    passed.push(now ? `${now.tag} "${now.name.slice(0, 30)}"` : 'body');
  }
  throw new Error(`Tab never reached ${what}; it passed: ${passed.join(', ')}`);
}

const named = (name: string) => (f: Focused) => f.name === name;

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(
    page,
    (f) => f.name.startsWith(label) && ['input', 'textarea'].includes(f.tag),
    label,
  );
  await page.keyboard.type(text);
}

/** Tabs into the radio group under `question`, then arrows to `answer` (arrows check as they move). */
async function choose(page: Page, question: string, answer: string): Promise<void> {
  await tabTo(page, (f) => f.type === 'radio' && f.group.startsWith(question), question);
  for (let i = 0; i < 10; i += 1) {
    const now = await focused(page);
    if (now?.name === answer) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No answer "${answer}" under "${question}"`);
}

async function typeAddress(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

describe('a keyboard-only walk', () => {
  const world = useServerAndBrowser();
  const steps: Record<string, 'passed' | 'failed'> = {};
  const focusProblems: string[] = [];
  let stops = 0;

  /** Runs one step of the walk, noting whether it passed for the proof table. */
  async function step(name: string, body: () => Promise<void>): Promise<void> {
    steps[name] = 'failed';
    await body();
    steps[name] = 'passed';
  }

  it('signs up, checks in, walks the path and opens a guide article', async () => {
    try {
      await step('sign-up', async () => {
        const { page } = await world.newPhone();
        await typeAddress(page, `${world.url}/sign-up`);
        await waitForHeading(page, 'Create your account');
        await typeInto(page, 'Your name', 'Kai');
        await typeInto(page, 'E-mail', `kai-${Date.now()}@example.test`);
        await typeInto(page, 'Password', 'a long enough keyboard passphrase');
        await tabTo(page, named('Create my account'), 'the sign-up button');
        await page.keyboard.press('Enter');
        await waitForHeading(page, 'Hello, Kai');
      });

      const { a } = await world.couple(person('Alex'), person('Sam'));
      await step('check-in', async () => {
        const { page } = a;
        await typeAddress(page, `${world.url}/check-in`);
        await waitForHeading(page, 'Today’s check-in');
        await choose(page, 'How much did you trust your partner today?', '5');
        await choose(page, 'How safe did you feel with your partner?', '6');
        await typeInto(page, 'A note, if you like', 'Typed without a mouse.');
        await tabTo(page, named('Save my check-in'), 'the save button');
        await page.keyboard.press('Enter');
        await waitForStatus(page, 'Your check-in is saved');
      });

      await step('the path', async () => {
        const { page } = a;
        await typeAddress(page, `${world.url}/path`);
        await page.locator('h1').first().waitFor();
        // Every focus stop from the top of the page to its end, once round.
        let first: string | null = null;
        for (let i = 0; i < 200; i += 1) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          if (!now) break;
          const key = `${now.tag} ${now.name}`;
          if (key === first) break;
          first ??= key;
          stops += 1;
          const where = `/path: ${now.tag} "${now.name.slice(0, 40)}"`;
          if (!now.name) focusProblems.push(`${where} has no name`);
          if (!now.onScreen) focusProblems.push(`${where} is off screen while focused`);
          if (!now.indicator) focusProblems.push(`${where} shows no focus`);
        }
        expect(stops).toBeGreaterThan(3);
        expect(focusProblems).toEqual([]);
      });

      await step('the guide', async () => {
        const { page } = await world.newPhone();
        await typeAddress(page, `${world.url}/guide`);
        // The first article link of the index, by an article's title.
        await tabTo(page, (f) => f.tag === 'a' && TITLES.includes(f.name), 'an article link');
        const before = page.url();
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.toString() !== before);
        expect(new URL(page.url()).pathname).toMatch(/^\/guide\/[^/]+$/);
        await page.locator('h1').first().waitFor();
      });
    } finally {
      const passed = Object.values(steps).filter((s) => s === 'passed').length;
      const figure = `steps passed ${passed} of 4 (${Object.entries(steps)
        .map(([name, outcome]) => `${name} ${outcome}`)
        .join(', ')}); focus stops on the path ${stops}, problems ${focusProblems.length}`;
      console.log(`keyboard walk: ${figure}`);
      recordProof({
        row: 'accessibility: keyboard-only walk',
        figure,
        bar: 'passes',
        met: passed === 4 && focusProblems.length === 0,
      });
    }
  }, 300_000);
});
