/**
 * Measures the JavaScript a route needs for its first screen: every script the
 * page fetched while loading, gzipped here at level 9 (the server may or may
 * not compress; the budget is about what a phone must download and parse).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';

/** A signed-in browser's cookies, from `context.storageState()`. */
type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface ScriptSize {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * In a fresh context of its own (nothing from a cache), holding `session` if
 * given, so the screen is the one a signed-in person sees.
 */
export async function firstScreenScripts(
  browser: Browser,
  url: string,
  session?: Session,
): Promise<ScriptSize[]> {
  const context = await browser.newContext(session ? { storageState: session } : {});
  try {
    return await scriptsOfFirstScreen(context, url);
  } finally {
    await context.close();
  }
}

async function scriptsOfFirstScreen(context: BrowserContext, url: string): Promise<ScriptSize[]> {
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
