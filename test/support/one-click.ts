/**
 * What a mail client does with RFC 8058's headers: it POSTs
 * `List-Unsubscribe=One-Click` to the header's address, with no Origin and
 * no cookie.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ParsedMail } from './mime.js';
import { TEST_HOST, type TestApp } from './test-app.js';

export function oneClickUnsubscribe(t: TestApp, mail: ParsedMail): Promise<LightMyRequestResponse> {
  expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  const address = /^<(.+)>$/.exec(mail.headers.get('list-unsubscribe') ?? '')?.[1];
  if (!address) throw new Error('The mail has no List-Unsubscribe address');
  return t.app.inject({
    method: 'POST',
    url: address.replace(t.config.publicUrl, ''),
    headers: { host: TEST_HOST, 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'List-Unsubscribe=One-Click',
  });
}
