import { expect, it } from 'vitest';
import { consentedGrant, lastTherapistToken } from '../../../../test/access/world.js';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple } from '../../../../test/support/factories.js';
import { createTestApp } from '../../../../test/support/test-app.js';
import { maskLink } from './dev-outbox.js';

describeEachDatabase('the development outbox page', (kind) => {
  it('does not exist unless MEND_DEV_OUTBOX=1', async () => {
    const t = await createTestApp({ kind });
    try {
      const page = await t.request({ method: 'GET', url: '/api/v1/dev/outbox' });
      expect([page.statusCode, page.json<{ code: string }>().code]).toEqual([404, 'not-found']);
    } finally {
      await t.close();
    }
  });

  it('shows what was queued, with every token masked, to this machine only', async () => {
    const t = await createTestApp({ kind, env: { MEND_DEV_OUTBOX: '1' } });
    try {
      const couple = await createCouple(t);
      await consentedGrant(t, couple.a, couple.b, 'dr.page@example.test');
      const token = await lastTherapistToken(t);

      const page = await t.request({ method: 'GET', url: '/api/v1/dev/outbox' });
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain(token);
      const [mail] = page.json<{ items: { to: string; subject: string; text: string }[] }>().items;
      expect(mail).toMatchObject({ to: 'dr.page@example.test', subject: 'An invitation to Mend' });
      expect(mail!.text).toContain('http://localhost:3000/therapist/join#[token hidden]');

      const remote = await t.request({
        method: 'GET',
        url: '/api/v1/dev/outbox',
        remoteAddress: '203.0.113.9',
      });
      expect(remote.statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});

it('masks the query and the fragment of a link, where tokens live', () => {
  expect(maskLink('https://m.example/therapist/join#abc')).toBe(
    'https://m.example/therapist/join#[token hidden]',
  );
  expect(maskLink('https://m.example/join?token=abc#x')).toBe(
    'https://m.example/join#[token hidden]',
  );
  expect(maskLink('https://m.example/help')).toBe('https://m.example/help');
});
