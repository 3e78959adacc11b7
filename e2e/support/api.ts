/**
 * API requests sent from inside a page, as its signed-in person (the page's
 * cookie and origin), for tests that set up data faster than through screens.
 */
import type { Page } from 'playwright-core';

export interface Answer {
  status: number;
  text: string;
}

/** Sends one request; the status and the body's text, whatever they are. */
export function send(page: Page, method: string, url: string, body?: unknown): Promise<Answer> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(`/api/v1${url}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, url, body },
  );
}

/** Sends one request that must succeed; the answer's JSON (null for an empty body). */
export async function api<T = unknown>(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const answer = await send(page, method, url, body);
  if (answer.status >= 300) throw new Error(`${method} ${url}: ${answer.status} ${answer.text}`);
  return (answer.text ? JSON.parse(answer.text) : null) as T;
}
