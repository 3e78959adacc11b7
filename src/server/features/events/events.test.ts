/**
 * The live-update stream on a real listening server (SSE needs a socket, not
 * `inject`), on each database: the partner hears of a write within a second,
 * the actor and private entries produce nothing, another space's events
 * never arrive, Last-Event-ID catches up, and the stream ends when its member
 * signs out, leaves or deletes the account — and when the app closes.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  putCheckIn,
  signUp,
  type Couple,
} from '../../../../test/support/factories.js';
import { createTestApp, TEST_HOST, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok } from '../../../../test/repair/factories.js';
import { sendNote } from '../../../../test/kindness/factories.js';
import { makeCommitment, markDay, reviewMark } from '../../../../test/restore/factories.js';
import { writeQuestionnaire } from '../../../../test/trust/factories.js';
import { RedisEventBus } from '../../platform/events/redis-event-bus.js';
import { STREAMS_PER_MEMBER } from './routes.js';
import { catchUpFloor } from './service.js';

interface Message {
  id: string;
  data: { kind: string; id: string };
}

interface OpenStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The raw text so far (for `retry:` and heartbeats). */
  text(): string;
  messages: Message[];
  /** Waits until `count` messages arrived (or `ms` passed) and answers them all. */
  until(count: number, ms?: number): Promise<Message[]>;
  ended: Promise<void>;
  close(): void;
}

/** Reads a Server-Sent Events answer the way EventSource does, minus reconnecting. */
function openStream(port: number, cookie?: string, lastEventId?: string): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/events',
        headers: {
          host: TEST_HOST,
          accept: 'text/event-stream',
          ...(cookie ? { cookie } : {}),
          ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
        },
      },
      (response) => {
        let raw = '';
        let pending = '';
        const messages: Message[] = [];
        let wake = () => {};
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          raw += chunk;
          pending += chunk;
          let cut: number;
          while ((cut = pending.indexOf('\n\n')) >= 0) {
            const block = pending.slice(0, cut);
            pending = pending.slice(cut + 2);
            const fields = new Map<string, string>();
            for (const line of block.split('\n')) {
              const colon = line.indexOf(':');
              if (colon <= 0) continue; // a comment (heartbeat) or nothing
              fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
            }
            const data = fields.get('data');
            if (data !== undefined) {
              messages.push({
                id: fields.get('id') ?? '',
                data: JSON.parse(data) as Message['data'],
              });
              wake();
            }
          }
        });
        const ended = new Promise<void>((done) => {
          response.on('end', done);
          response.on('close', done);
        });
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: () => raw,
          messages,
          async until(count, ms = 2_000) {
            const deadline = Date.now() + ms;
            while (messages.length < count && Date.now() < deadline) {
              await new Promise<void>((next) => {
                wake = next;
                setTimeout(next, 25);
              });
            }
            return messages;
          },
          ended,
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', reject);
  });
}

const within = (promise: Promise<void>, ms: number) =>
  Promise.race([
    promise.then(() => 'ended'),
    new Promise((resolve) => setTimeout(() => resolve('still open'), ms)),
  ]);

const quietly = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('live updates', (kind) => {
  let t: TestApp;
  let port: number;
  let couple: Couple;
  let others: Couple;
  const streams: OpenStream[] = [];
  const open = async (cookie?: string, lastEventId?: string) => {
    const stream = await openStream(port, cookie, lastEventId);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    t = await createTestApp({ kind, liveUpdates: { recheckMs: 100, heartbeatMs: 200 } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    couple = await createCouple(t);
    others = await createCouple(t);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t.close();
  });

  it('answers as an event stream: headers, retry, heartbeats', async () => {
    const stream = await open(couple.b.cookie);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['cache-control']).toBe('no-store');
    await quietly(450);
    expect(stream.text()).toMatch(/^retry: \d+\n\n/);
    expect(stream.text()).toContain(': still here\n\n');
    stream.close();
  });

  it('is described in the OpenAPI document as text/event-stream of SpaceEvent', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<
        string,
        Record<
          string,
          {
            operationId: string;
            responses: Record<
              string,
              { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }
            >;
          }
        >
      >;
    }>();
    const operation = document.paths['/api/v1/events']?.get;
    expect(operation?.operationId).toBe('streamEvents');
    const content = operation?.responses['200']?.content ?? {};
    expect(Object.keys(content)).toEqual(['text/event-stream']);
    expect(Object.keys(content['text/event-stream']?.schema.properties ?? {}).sort()).toEqual([
      'id',
      'kind',
    ]);
  });

  it('refuses anyone who is not a partner in a space, as every route does', async () => {
    const anonymous = await open();
    expect(anonymous.status).toBe(401);
    const spaceless = await signUp(t);
    expect((await open(spaceless.cookie)).status).toBe(404);
  });

  it('tells the partner of a note within a second, and the author nothing', async () => {
    const partner = await open(couple.b.cookie);
    const author = await open(couple.a.cookie);
    const stranger = await open(others.a.cookie);
    const started = Date.now();
    const noteId = await sendNote(t, couple.a);
    const [message] = await partner.until(1, 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(message?.data).toEqual({ kind: 'note-sent', id: noteId });
    expect(message?.id).toMatch(/^[0-9a-f-]{36}$/);
    await quietly();
    expect(author.messages).toEqual([]);
    expect(stranger.messages).toEqual([]);
    // Ids and kinds only: nothing of the note's words travels.
    expect(partner.text()).not.toContain('Thank you');
    partner.close();
    author.close();
    stranger.close();
  });

  it('reveals a check-in only when the partner may read it, and nothing for private entries', async () => {
    const a = await open(couple.a.cookie);
    const b = await open(couple.b.cookie);
    // A answers first: hidden from B until B answers, so nothing is announced.
    const first = await putCheckIn(t, couple.a, {
      trust: 4,
      note: { text: 'mine', visibility: 'private' },
    });
    expect(first.statusCode, first.body).toBe(200);
    await writeQuestionnaire(t, couple.a);
    await quietly();
    expect(b.messages).toEqual([]);
    // B answers: now A may read B's, and B's arrival at A says so.
    const second = await putCheckIn(t, couple.b, { trust: 5 });
    const bCheckIn = second.json<{ checkIn: { id: string } }>().checkIn.id;
    expect(await a.until(1, 1_000)).toEqual([
      expect.objectContaining({ data: { kind: 'check-in-revealed', id: bCheckIn } }),
    ]);
    // A changes theirs: B may read it by now, so B hears of it.
    const again = await putCheckIn(t, couple.a, { trust: 6 });
    const aCheckIn = again.json<{ checkIn: { id: string } }>().checkIn.id;
    expect((await b.until(1, 1_000)).map((m) => m.data)).toEqual([
      { kind: 'check-in-revealed', id: aCheckIn },
    ]);
    a.close();
    b.close();
  });

  it('announces reassurance, agreement proposals and answers, and a questioned mark', async () => {
    const a = await open(couple.a.cookie);
    const b = await open(couple.b.cookie);
    const request = await ok<{ request: { id: string } }>(
      call(t, couple.a, 'PUT', '/reassurance/today'),
    );
    // Asking again the same day tells nothing new.
    await ok(call(t, couple.a, 'PUT', '/reassurance/today'));
    const agreement = await ok<{ agreement: { id: string; versions: { id: string }[] } }>(
      call(t, couple.a, 'POST', '/agreements', { text: 'We say goodnight.' }),
      201,
    );
    const commitment = await makeCommitment(t, couple.a);
    const day = '2026-03-10';
    expect((await markDay(t, couple.a, commitment.id, day)).statusCode).toBe(200);
    const questioned = await reviewMark(t, couple.b, commitment.id, day, {
      verdict: 'questioned',
    });
    expect(questioned.statusCode, questioned.body).toBe(200);
    const versionId = agreement.agreement.versions.at(-1)!.id;
    const accepted = await call(t, couple.b, 'POST', `/agreement-versions/${versionId}/acceptance`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await b.until(2, 1_000)).map((m) => m.data)).toEqual([
      { kind: 'reassurance-requested', id: request.request.id },
      { kind: 'agreement-proposed', id: agreement.agreement.id },
    ]);
    expect((await a.until(2, 1_000)).map((m) => m.data)).toEqual([
      { kind: 'mark-questioned', id: commitment.id },
      { kind: 'agreement-answered', id: agreement.agreement.id },
    ]);
    await quietly();
    expect(b.messages).toHaveLength(2);
    a.close();
    b.close();
  });

  it('catches up on what was missed with Last-Event-ID, and only the reader’s own', async () => {
    const first = await open(couple.b.cookie);
    await sendNote(t, couple.a);
    const [seen] = await first.until(1, 1_000);
    first.close();
    const missed = [await sendNote(t, couple.a), await sendNote(t, couple.a)];
    await sendNote(t, others.a);
    const again = await open(couple.b.cookie, seen!.id);
    await again.until(10, 500);
    const ids = again.messages.map((m) => m.data.id);
    expect(ids).toEqual(expect.arrayContaining(missed));
    expect(ids.indexOf(missed[0]!)).toBeLessThan(ids.indexOf(missed[1]!));
    // Not the one it said it had, none of its own, none of another space.
    expect(again.messages.map((m) => m.id)).not.toContain(seen!.id);
    const rows = await t.db.database.db
      .selectFrom('spaceEvents')
      .select(['id', 'recipientId', 'spaceId'])
      .where(
        'id',
        'in',
        again.messages.map((m) => m.id),
      )
      .execute();
    expect(
      rows.every((row) => row.recipientId === couple.b.id && row.spaceId === couple.spaceId),
    ).toBe(true);
    // Live events still follow the catch-up.
    const live = await sendNote(t, couple.a);
    await again.until(again.messages.length + 1, 1_000);
    expect(again.messages.at(-1)?.data.id).toBe(live);
    again.close();
  });

  it('keeps a bounded number of streams per member: one more ends the oldest', async () => {
    const opened = [];
    for (let i = 0; i <= STREAMS_PER_MEMBER; i += 1) opened.push(await open(others.b.cookie));
    expect(await within(opened[0]!.ended, 1_000)).toBe('ended');
    expect(await within(opened[1]!.ended, 200)).toBe('still open');
    for (const stream of opened) stream.close();
  });

  it('ignores a Last-Event-ID that is no id of ours', () => {
    expect(catchUpFloor('not-an-id')).toBeNull();
    expect(catchUpFloor(undefined)).toBeNull();
    expect(catchUpFloor('0190a5b2-3c4d-7e8f-9a0b-1c2d3e4f5a6b')).toMatch(/^0190a5b2-/);
  });

  it('ends when the member signs out, leaves the space, or deletes the account', async () => {
    const c = await createCouple(t);
    const d = await createCouple(t);
    const signedOut = await open(c.a.cookie);
    const leaving = await open(c.b.cookie);
    const deleting = await open(d.a.cookie);
    const staying = await open(d.b.cookie);
    expect((await call(t, c.a, 'DELETE', '/sessions/current')).statusCode).toBe(204);
    expect((await call(t, c.b, 'DELETE', '/space/membership')).statusCode).toBe(204);
    expect((await call(t, d.a, 'DELETE', '/me')).statusCode).toBe(204);
    expect(await within(signedOut.ended, 2_000)).toBe('ended');
    expect(await within(leaving.ended, 2_000)).toBe('ended');
    expect(await within(deleting.ended, 2_000)).toBe('ended');
    expect(await within(staying.ended, 300)).toBe('still open');
    // And reconnecting is refused like any other request.
    expect((await open(c.a.cookie)).status).toBe(401);
    expect((await open(c.b.cookie)).status).toBe(404);
    staying.close();
  });

  it('leaves no event of a deleted account behind', async () => {
    const rows = await t.db.database.db
      .selectFrom('spaceEvents')
      .select('id')
      .where('recipientId', '=', couple.b.id)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect((await call(t, couple.b, 'DELETE', '/me')).statusCode).toBe(204);
    const left = await t.db.database.db
      .selectFrom('spaceEvents')
      .select('id')
      .where('recipientId', '=', couple.b.id)
      .execute();
    expect(left).toEqual([]);
  });
});

describeEachDatabase('live updates when the app closes', (kind) => {
  it('ends open streams instead of waiting on them', async () => {
    const t = await createTestApp({ kind });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const couple = await createCouple(t);
    const stream = await openStream(port, couple.b.cookie);
    expect(stream.status).toBe(200);
    const started = Date.now();
    await t.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await within(stream.ended, 1_000)).toBe('ended');
  });
});

// The same stream over the Redis bus (CI sets TEST_REDIS_URL): what the app
// publishes goes through Redis and back before it reaches the browser.
if (process.env.TEST_REDIS_URL) {
  const url = process.env.TEST_REDIS_URL;
  describeEachDatabase('live updates through Redis', (kind) => {
    it('delivers within a second and catches up with Last-Event-ID', async () => {
      const bus = new RedisEventBus(url, `mend-test-${randomBytes(4).toString('hex')}:events:`);
      const t = await createTestApp({ kind, bus });
      try {
        await t.app.listen({ port: 0, host: '127.0.0.1' });
        const { port } = t.app.server.address() as AddressInfo;
        const couple = await createCouple(t);
        const stream = await openStream(port, couple.b.cookie);
        const started = Date.now();
        const first = await sendNote(t, couple.a);
        const [seen] = await stream.until(1, 1_000);
        expect(Date.now() - started).toBeLessThan(1_000);
        expect(seen?.data).toEqual({ kind: 'note-sent', id: first });
        stream.close();
        const missed = await sendNote(t, couple.a);
        const again = await openStream(port, couple.b.cookie, seen!.id);
        expect((await again.until(1, 1_000)).map((m) => m.data.id)).toEqual([missed]);
        again.close();
      } finally {
        await t.close();
        await bus.close();
      }
    });
  });
}
