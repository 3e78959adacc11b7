/**
 * The progress screen on the demo couple, on two phones: the hurt partner
 * opens /progress from the address bar and finds the forecast in words, the
 * trust picture drawn (a canvas) with its table, reliability and
 * communication; reloads and presses Back. The partner who broke trust sees
 * the forecast only while it is shared; when the hurt partner takes the
 * sharing back, the partner's reload no longer shows it.
 */
import { describe, expect, it } from 'vitest';
import { demoCommand, type DemoReport } from '../src/cli/commands/demo.js';
import { useServerAndBrowser } from './support/fixture.js';
import { firstScreenScripts } from './support/first-screen.js';
import { signIn, waitForHeading } from './support/screens.js';

let report: DemoReport | undefined;

describe('progress and the forecast, on the demo couple', () => {
  const world = useServerAndBrowser({
    prepare: async (env) => {
      report = await demoCommand(
        { couples: 1, days: 200, seed: 'progress-e2e' },
        { ...env, NODE_ENV: 'test', MEND_DEMO_TIME_ZONE: 'Europe/Berlin' },
        { out: () => {}, err: () => {} },
      );
    },
  });

  const couple = () => {
    const demo = report?.couples[0];
    if (!demo) throw new Error('the demo couple was not made');
    return {
      hurt: { name: demo.hurt.displayName, email: demo.hurt.email, password: demo.hurt.password },
      broke: {
        name: demo.brokeTrust.displayName,
        email: demo.brokeTrust.email,
        password: demo.brokeTrust.password,
      },
    };
  };

  it('shows the hurt partner their forecast, the pictures and their tables, from the address bar', async () => {
    const { hurt } = couple();
    const { page, problems } = await world.newPhone();
    await page.goto(`${world.url}/`);
    await signIn(page, hurt);
    await waitForHeading(page, `Hello, ${hurt.name}`);

    await page.goto(`${world.url}/progress`);
    await waitForHeading(page, 'Progress');
    const forecast = page.getByRole('article', { name: 'Your forecast' });
    await expect.poll(() => forecast.isVisible(), { timeout: 10_000 }).toBe(true);
    const text = await forecast.innerText();
    // A range of months or the typical range, said as such — never a single date.
    expect(text).toMatch(
      /likely to feel rebuilt between|too early to give you two a range|Recalculating/,
    );
    expect(text).toContain('not a deadline');
    expect(text).toMatch(/It rests on \d+ check-ins up to/);
    expect(text).toContain('found out rather than told');

    // The picture is drawn, and its table holds the same weeks.
    await expect
      .poll(() => forecast.locator('.chart canvas').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await forecast.getByText('The picture as a table').click();
    const rows = await forecast.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(20);

    await expect(page.getByRole('heading', { name: 'Reliability' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.getByText(/strength \d+ of 100/).count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Communication' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(3);

    // Reload and Back keep the screen whole.
    await page.reload();
    await waitForHeading(page, 'Progress');
    await expect.poll(() => forecast.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.goto(`${world.url}/path`);
    await waitForHeading(page, 'Where we are');
    await page.goBack();
    await waitForHeading(page, 'Progress');
    await expect.poll(() => forecast.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(problems).toEqual([]);

    // The progress screen's JavaScript on a fresh load, the charting library included
    // (it loads once a chart is on screen): within the 100 KB budget.
    const scripts = await firstScreenScripts(
      world.browser,
      `${world.url}/progress`,
      await page.context().storageState(),
    );
    const gzip = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    const bytes = scripts.reduce((sum, script) => sum + script.bytes, 0);
    console.log(
      `/progress: ${scripts.length} script(s), ${(bytes / 1024).toFixed(1)} KB raw, ` +
        `${(gzip / 1024).toFixed(1)} KB gzipped (budget 100 KB)`,
    );
    expect(gzip).toBeLessThanOrEqual(100 * 1024);
  });

  it('lets the partner see it only while it is shared, on two phones at once', async () => {
    const { hurt, broke } = couple();
    const hurtPhone = await world.newPhone();
    const brokePhone = await world.newPhone();
    for (const [phone, who] of [
      [hurtPhone, hurt],
      [brokePhone, broke],
    ] as const) {
      await phone.page.goto(`${world.url}/`);
      await signIn(phone.page, who);
      await waitForHeading(phone.page, `Hello, ${who.name}`);
      await phone.page.goto(`${world.url}/progress`);
      await waitForHeading(phone.page, 'Progress');
    }
    const theirs = brokePhone.page.getByRole('article', { name: `${hurt.name}’s forecast` });
    const box = hurtPhone.page.getByLabel(`Let ${broke.name} see this forecast`);
    await expect.poll(() => box.isVisible(), { timeout: 10_000 }).toBe(true);

    // The demo's hurt partner shared it after a month.
    expect(await box.isChecked()).toBe(true);
    await expect.poll(() => theirs.isVisible(), { timeout: 10_000 }).toBe(true);

    await box.uncheck();
    await expect.poll(() => hurtPhone.page.getByText('Only you see it.').isVisible()).toBe(true);
    await brokePhone.page.reload();
    await waitForHeading(brokePhone.page, 'Progress');
    await expect
      .poll(() => brokePhone.page.getByText(`${hurt.name} has one; it is theirs`).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await theirs.count()).toBe(0);

    await box.check();
    await expect.poll(() => hurtPhone.page.getByText('sees it as you do').isVisible()).toBe(true);
    await brokePhone.page.reload();
    await expect.poll(() => theirs.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(hurtPhone.problems).toEqual([]);
    expect(brokePhone.problems).toEqual([]);
  });
});
