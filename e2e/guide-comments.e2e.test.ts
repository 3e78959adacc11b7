/**
 * A guide comment from a reader whose browser runs no JavaScript: written
 * under an article, held for moderation (not shown, even after a reload),
 * approved by the operator on the moderation screen, then published for the
 * reader to see. The operator is made by `mend admin create` before the
 * server starts, as an operator would do it.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { createOperator } from './support/operator.js';

const OPERATOR_EMAIL = 'moderator@example.test';
const ARTICLE = '/guide/consistency-and-small-promises';
const COMMENT = 'Making the promise smaller worked for us: a message when I leave work, every day.';

describe('a guide comment, from a reader without JavaScript to the operator and back', () => {
  let operatorPassword = '';
  const world = useServerAndBrowser({
    prepare: async (env) => {
      operatorPassword = await createOperator(OPERATOR_EMAIL, env);
    },
  });

  it('is held, approved on the moderation screen, and then published', async () => {
    const readerContext = await world.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const reader = await readerContext.newPage();
    await reader.goto(`${world.url}${ARTICLE}`);
    await reader.getByText('Your e-mail address will not be published').waitFor();
    await reader.getByLabel(/^Name/).fill('Robin');
    await reader.getByLabel(/^E-mail/).fill('robin.reader@example.test');
    await reader.getByRole('textbox', { name: /^Comment/ }).fill(COMMENT);
    // A person takes a few seconds to write; a form sent at once is treated as a robot's.
    await reader.waitForTimeout(3_500);
    await reader.getByRole('button', { name: 'Post comment' }).click();
    await reader.getByText(/waiting for moderation/).waitFor();
    expect(await reader.getByText(COMMENT).count()).toBe(0);
    await reader.reload();
    expect(await reader.getByText(COMMENT).count()).toBe(0);
    // The address is never published.
    expect(await reader.content()).not.toContain('robin.reader');

    const operatorContext = await world.browser.newContext({
      viewport: { width: 390, height: 844 },
    });
    const operator = await operatorContext.newPage();
    await operator.goto(world.url);
    await operator.getByRole('heading', { name: 'Welcome to Mend' }).waitFor();
    await operator.getByLabel('E-mail', { exact: true }).fill(OPERATOR_EMAIL);
    await operator.getByLabel('Password', { exact: true }).fill(operatorPassword);
    await operator.getByRole('button', { name: 'Sign in' }).click();
    const signedIn = await operator.waitForResponse((r) => r.url().endsWith('/api/v1/sessions'));
    expect(signedIn.status()).toBe(200);
    await operator.goto(`${world.url}/moderation`);
    const held = operator.locator('li.item', { hasText: COMMENT });
    await held.waitFor();
    expect(await operator.content()).not.toContain('robin.reader');
    await held.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => operator.locator('li.item', { hasText: COMMENT }).count()).toBe(0);

    await reader.goto(`${world.url}${ARTICLE}`);
    const published = reader.locator('#comments').getByText(COMMENT);
    await published.waitFor();
    expect(await reader.locator('#comments').getByText('Robin').count()).toBeGreaterThan(0);
    expect(await reader.content()).not.toContain('robin.reader');
  });
});
