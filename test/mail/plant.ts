/**
 * For the privacy-lifecycle test (test/privacy/plant.ts): partner A asks to
 * move to another address (a pending change, its address encrypted in
 * `account_links.new_email`) and turns one kind of mail off from the mail
 * itself (`mail_opt_outs.address`). Tests only.
 */
import { expect } from 'vitest';
import { enqueueMail, addressLookup } from '../../src/server/platform/mail/outbox.js';
import { unsubscribeToken } from '../../src/server/platform/mail/unsubscribe.js';
import { sessionCookie, type Couple } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

export async function mailPlanter({ t, couple }: { t: TestApp; couple: Couple }) {
  const step = await t.request({
    method: 'POST',
    url: '/api/v1/me/reauthenticate',
    cookie: couple.a.cookie,
    body: { password: couple.a.password },
  });
  expect(step.statusCode, step.body).toBe(204);
  // The old token stopped working: the rest of the suite uses the new one.
  couple.a.cookie = sessionCookie(step);
  const change = await t.request({
    method: 'PUT',
    url: '/api/v1/me/email',
    cookie: couple.a.cookie,
    body: { email: `pending-${Date.now()}@example.test` },
  });
  expect(change.json<{ confirmationSent: boolean }>().confirmationSent).toBe(true);

  await enqueueMail(
    t.db.database.db,
    t.cipher,
    { to: couple.a.email, template: 'partner-invite', link: `${t.config.publicUrl}/join#planted` },
    t.clock.now(),
  );
  const token = unsubscribeToken(
    t.cipher,
    addressLookup(t.cipher, couple.a.email),
    'partner-invite',
  );
  const off = await t.request({
    method: 'POST',
    url: `/api/v1/mail/unsubscribe?token=${encodeURIComponent(token)}`,
    body: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(off.statusCode, off.body).toBe(200);
}
