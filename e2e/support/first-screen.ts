/**
 * Measures the JavaScript a route needs for its first screen: every script the
 * page fetched while loading, gzipped here at level 9 (the server may or may
 * not compress; the budget is about what a phone must download and parse).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';

export interface ScriptSize {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export async function firstScreenScripts(browser: Browser, url: string): Promise<ScriptSize[]> {
  const context = await browser.newContext();
  try {
    return await scriptsOfFirstScreen(context, url);
  } finally {
    await context.close();
  }
}

/** The same, in a context that may already be signed in, in a fresh tab. */
export async function scriptsOfFirstScreen(
  context: BrowserContext,
  url: string,
): Promise<ScriptSize[]> {
  const page = await context.newPage();
  try {
    const pending: Promise<ScriptSize>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response.body().then((body) => ({
          url: response.url(),
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        })),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return await Promise.all(pending);
  } finally {
    await page.close();
  }
}
