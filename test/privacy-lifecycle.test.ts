/**
 * The privacy lifecycle (SECURITY.md): plant canaries in every text field, then
 * prove they reach no log line, e-mail, outbox row or notice, and never sit as
 * plaintext in the raw database file; that the export covers every table
 * holding the member's data (tables enumerated from the schema); and that no
 * row of the member remains after they delete their account.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENCRYPTED_COLUMNS } from '../src/server/platform/crypto/encrypted-columns.js';
import { consentedGrant } from './access/world.js';
import { PLANTERS } from './privacy/plant.js';
import { createCouple, signUp, type Couple, type TestMember } from './support/factories.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { recordProof } from './support/proof.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { describe } from 'vitest';

/** Tables that hold no member data, and why. */
const NOT_MEMBER_DATA: Record<string, string> = {
  kysely_migration: 'migration bookkeeping',
  kysely_migration_lock: 'migration bookkeeping',
  settings: 'the encryption key id',
};

describe('privacy lifecycle [sqlite]', () => {
  let dir: string;
  let sink: SmtpSink;
  let t: TestApp;
  let couple: Couple;
  let therapist: TestMember;
  const canaries: string[] = [];
  /** Canaries private to B: never in A's export. */
  const privateToB: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-privacy-'));
    sink = await startSmtpSink();
    t = await createTestApp({ sqliteFile: path.join(dir, 'mend.db'), env: { SMTP_URL: sink.url } });
    const name = (label: string) => {
      const value = `CANARY${randomBytes(6).toString('hex')}`;
      canaries.push(value);
      if (/private/.test(label) && / of B$/.test(label)) privateToB.push(value);
      return `${label} ${value}`;
    };
    couple = await createCouple(t);
    // Display names are text a member writes too.
    for (const member of [couple.a, couple.b]) {
      const response = await t.request({
        method: 'PATCH',
        url: '/api/v1/me',
        cookie: member.cookie,
        body: { displayName: name('Name') },
      });
      expect(response.statusCode).toBe(200);
    }
    therapist = await signUp(t, { displayName: 'Dr Canary' });
    for (const plant of PLANTERS) {
      await plant({ t, couple, therapist, canary: (field) => name(field) });
    }
    await t.app.outboxSender!.drain();
    // One more invitation, left waiting: a link is kept (encrypted) only until its mail goes.
    await consentedGrant(t, couple.a, couple.b, 'waiting@example.test');
  });

  afterAll(async () => {
    await t.close();
    await sink.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const found = (text: string) => canaries.filter((canary) => text.includes(canary));

  it('planted a canary in every encrypted column', async () => {
    for (const column of ENCRYPTED_COLUMNS) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(column.table)} where ${sql.ref(column.column)} is not null`.execute(
        t.db.database.db,
      );
      expect(Number(rows[0]?.n), `${column.table}.${column.column}`).toBeGreaterThan(0);
    }
  });

  it('keeps every canary out of logs, e-mails, the outbox, notices and the raw database file', async () => {
    expect(sink.messages.length).toBeGreaterThan(0);
    const outbox = JSON.stringify(
      await t.db.database.db.selectFrom('outbox').selectAll().execute(),
    );
    const notices = JSON.stringify(
      await t.db.database.db.selectFrom('notices').selectAll().execute(),
    );
    const mail = sink.messages.map((m) => m.raw).join('\n');
    // Flush the WAL into the main file too, then read both byte for byte.
    const raw = ['mend.db', 'mend.db-wal']
      .map((file) => path.join(dir, file))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file).toString('latin1'))
      .join('');
    const places = { logs: t.logs.join(''), mail, outbox, notices, raw };
    const leaks = Object.entries(places).flatMap(([place, text]) =>
      found(text).map((c) => `${place}: ${c}`),
    );
    // Display names are shown to the partner but stored as plaintext on purpose
    // (they are not space content); everything else must be encrypted.
    const nameCanaries = new Set(canaries.slice(0, 2));
    const contentLeaks = leaks.filter(
      (leak) => ![...nameCanaries].some((c) => leak === `raw: ${c}`),
    );
    console.log(
      `privacy lifecycle: canaries planted: ${canaries.length}, canaries found: ${contentLeaks.length}`,
    );
    recordProof({
      row: 'privacy: canaries in logs, mails, notices, outbox, raw file',
      figure: `canaries planted ${canaries.length}; found ${contentLeaks.length}`,
      bar: 'found 0',
      met: canaries.length > 0 && contentLeaks.length === 0,
    });
    expect(contentLeaks).toEqual([]);
    expect(canaries.length).toBeGreaterThanOrEqual(PLANTERS.length + 2);
  });

  it('exports every table holding the member’s data, never the partner’s private text', async () => {
    const db = t.db.database.db;
    const exported = await t.request({
      method: 'POST',
      url: '/api/v1/me/export',
      cookie: couple.a.cookie,
    });
    expect(exported.statusCode, exported.body).toBe(200);
    const document = exported.json<{ data: Record<string, unknown[]> }>();

    const tables = (
      await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
        db,
      )
    ).rows.map((r) => r.name);
    const missing: string[] = [];
    let covered = 0;
    for (const table of tables) {
      if (NOT_MEMBER_DATA[table]) continue;
      const columns = (
        await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
      ).rows.map((r) => r.name);
      const mentions = columns.map((c) => sql`${sql.ref(c)} = ${couple.a.id}`);
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(table)} where ${sql.join(mentions, sql` or `)}`.execute(
        db,
      );
      if (Number(rows[0]?.n) === 0) continue;
      covered += 1;
      if (!document.data[table]?.length) missing.push(table);
    }
    console.log(
      `privacy lifecycle: tables with member data: ${covered}, missing from the export: ${missing.length}`,
    );
    recordProof({
      row: 'privacy: export',
      figure: `tables with member data ${covered}; missing from the export ${missing.length}`,
      bar: 'missing 0',
      met: covered > 5 && missing.length === 0,
    });
    expect(missing).toEqual([]);
    expect(covered).toBeGreaterThan(5);
    // Live-update events (ids and kinds only) addressed to A are A's data too.
    expect(document.data.space_events?.length ?? 0).toBeGreaterThan(0);
    // A's own words and B's shared words are there; B's private words are not.
    expect(found(exported.body).length).toBeGreaterThan(0);
    expect(privateToB.length).toBeGreaterThan(0);
    for (const canary of privateToB) expect(exported.body).not.toContain(canary);
  });

  it('leaves no row of the member after deleting the account, and the partner’s own entries intact', async () => {
    const db = t.db.database.db;
    const partnerRowsBefore = await db
      .selectFrom('checkIns')
      .select('id')
      .where('memberId', '=', couple.b.id)
      .execute();
    const deleted = await t.request({
      method: 'DELETE',
      url: '/api/v1/me',
      cookie: couple.a.cookie,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie: couple.a.cookie })).statusCode,
    ).toBe(401);

    const tables = (
      await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
        db,
      )
    ).rows.map((r) => r.name);
    let left = 0;
    const where: string[] = [];
    for (const table of tables) {
      const columns = (
        await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
      ).rows.map((r) => r.name);
      const mentions = columns.map(
        (c) => sql`${sql.ref(c)} = ${couple.a.id} or ${sql.ref(c)} = ${couple.a.email}`,
      );
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(table)} where ${sql.join(mentions, sql` or `)}`.execute(
        db,
      );
      const n = Number(rows[0]?.n);
      if (n > 0) where.push(`${table}: ${n}`);
      left += n;
    }
    console.log(`privacy lifecycle: rows left after deletion: ${left}`);
    recordProof({
      row: 'privacy: deletion',
      figure: `tables searched ${tables.length}; rows left after deletion ${left}`,
      bar: 'rows left 0',
      met: left === 0,
    });
    expect(where).toEqual([]);
    const partnerRowsAfter = await db
      .selectFrom('checkIns')
      .select('id')
      .where('memberId', '=', couple.b.id)
      .execute();
    expect(partnerRowsAfter).toEqual(partnerRowsBefore);
  });
});
