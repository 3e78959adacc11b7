import { expect, it } from 'vitest';
import { consentedGrant } from '../../../../test/access/world.js';
import { createTestDatabase, describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, signUp } from '../../../../test/support/factories.js';
import { startSmtpSink } from '../../../../test/support/smtp-sink.js';
import { createTestApp, TEST_KEY } from '../../../../test/support/test-app.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import { addressLookup, outboxBinding } from './outbox.js';
import { sealOutbox } from './seal-outbox.js';

describeEachDatabase('the outbox', (kind) => {
  it('holds the address and the link encrypted, drops the link once sent, and still finds the mail by address', async () => {
    const sink = await startSmtpSink();
    const t = await createTestApp({ kind, env: { SMTP_URL: sink.url } });
    try {
      const db = t.db.database.db;
      const couple = await createCouple(t);
      const therapist = await signUp(t, { email: 'dr.kim@example.test' });
      // The sign-up confirmations go first; this test follows the invitation.
      await t.app.outboxSender!.drain();
      sink.messages.length = 0;
      const waitingBefore = db.selectFrom('outbox').select('id').where('sentAt', 'is', null);
      expect(await waitingBefore.execute()).toEqual([]);
      const { token } = await consentedGrant(t, couple.a, couple.b, therapist.email);

      const waiting = JSON.stringify(await db.selectFrom('outbox').selectAll().execute());
      expect(waiting).not.toContain(token);
      expect(waiting).not.toContain('dr.kim');

      expect(await t.app.outboxSender!.drain()).toBe(1);
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0]!.to).toEqual(['dr.kim@example.test']);
      // The body is quoted-printable: undo its soft line breaks before looking.
      expect(sink.messages[0]!.raw.replace(/=\r?\n/g, '')).toContain(token);
      const sent = await db
        .selectFrom('outbox')
        .selectAll()
        .where('template', '=', 'therapist-invite')
        .executeTakeFirstOrThrow();
      expect(sent.sentAt).not.toBeNull();
      // Once sent, the row no longer holds the link in any form.
      expect(sent.link).toBeNull();
      expect(JSON.stringify(sent)).not.toContain('dr.kim');

      // The addressee's export lists the mail; deleting their account removes it.
      const exported = await t.request({
        method: 'POST',
        url: '/api/v1/me/export',
        cookie: therapist.cookie,
      });
      expect(exported.statusCode, exported.body).toBe(200);
      expect(exported.json<{ data: { outbox: unknown[] } }>().data.outbox).toContainEqual({
        id: sent.id,
        template: 'therapist-invite',
        createdAt: sent.createdAt,
        sentAt: sent.sentAt,
      });
      expect(exported.body).not.toContain(token);
      const deleted = await t.request({
        method: 'DELETE',
        url: '/api/v1/me',
        cookie: therapist.cookie,
      });
      expect(deleted.statusCode, deleted.body).toBe(204);
      expect(
        await db
          .selectFrom('outbox')
          .select('id')
          .where('toLookup', '=', addressLookup(t.cipher, therapist.email))
          .execute(),
      ).toEqual([]);
    } finally {
      await t.close();
      await sink.close();
    }
  });

  it('seals the rows written before migration 0006, once', async () => {
    const test = await createTestDatabase(kind);
    const cipher = new FieldCipher(TEST_KEY);
    try {
      const db = test.database.db;
      const legacy = (id: string, sentAt: string | null) => ({
        id,
        toAddress: 'Dr.Old@Example.test',
        toLookup: null,
        template: 'therapist-invite',
        link: `http://localhost:3000/therapist/join#token-of-${id}`,
        createdAt: '2026-03-01T10:00:00.000Z',
        sentAt,
        attempts: sentAt ? 1 : 0,
        lockedUntil: null,
        lastError: null,
      });
      await db
        .insertInto('outbox')
        .values([legacy('waiting', null), legacy('gone', '2026-03-01T10:00:05.000Z')])
        .execute();

      expect(await sealOutbox(db, cipher)).toBe(2);
      const rows = await db.selectFrom('outbox').selectAll().orderBy('id').execute();
      expect(JSON.stringify(rows)).not.toMatch(/Dr\.Old|token-of/i);
      for (const row of rows) {
        expect(cipher.decrypt(row.toAddress, outboxBinding(row.id))).toBe('dr.old@example.test');
        expect(row.toLookup).toBe(addressLookup(cipher, 'DR.OLD@example.test'));
      }
      const [gone, waiting] = rows;
      expect(gone!.link).toBeNull();
      expect(cipher.decrypt(waiting!.link!, outboxBinding('waiting'))).toBe(
        'http://localhost:3000/therapist/join#token-of-waiting',
      );
      expect(await sealOutbox(db, cipher)).toBe(0);
    } finally {
      await test.drop();
    }
  });
});
