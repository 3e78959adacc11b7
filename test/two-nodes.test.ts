/**
 * The scale configuration (DESIGN.md §6): two app processes on different
 * ports, one PostgreSQL schema and one Redis, as two nodes behind a load
 * balancer would be. Whatever one node does, the other must see: a rate limit
 * counted on A holds on B, a job enqueued through A runs exactly once with both
 * nodes polling, a mail is delivered once though both nodes send the outbox,
 * and an event written through A reaches a partner whose stream is on B.
 *
 * It needs the machine's PostgreSQL and Redis (TEST_DATABASE_URL and
 * TEST_REDIS_URL, which `.ci/run` sets after making sure both run).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlInSchema, startAppNode, type AppNode } from './support/app-node.js';
import { SAFE_ANSWERS, STRONG_PASSWORD } from './support/factories.js';
import { linksIn, parseMail, tokenOf } from './support/mime.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface StreamMessage {
  id: string;
  kind: string;
  itemId: string;
  at: number;
}

/** A member's event stream on one node, read as EventSource reads it (without reconnecting). */
async function openEvents(node: AppNode, cookie: string) {
  const abort = new AbortController();
  const response = await node.request('/api/v1/events', {
    cookie,
    headers: { accept: 'text/event-stream' },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const messages: StreamMessage[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let pending = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        pending += value;
        let cut: number;
        while ((cut = pending.indexOf('\n\n')) >= 0) {
          const block = pending.slice(0, cut);
          pending = pending.slice(cut + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id && data) {
            const { kind, id: itemId } = JSON.parse(data) as { kind: string; id: string };
            messages.push({ id, kind, itemId, at: Date.now() });
          }
        }
      }
    } catch {
      // aborted at the end of the test
    }
  })();
  return { messages, close: () => abort.abort() };
}

interface Member {
  id: string;
  email: string;
  cookie: string;
}

let counter = 0;

/** The mails the sink received for `email`, parsed. */
const mailsTo = (sink: SmtpSink, email: string) =>
  sink.messages.filter((m) => m.to.includes(email)).map((m) => parseMail(m.raw));

/**
 * A new member, signed in. With SMTP on, the account opens from the mailed
 * link, confirmed here on the same node (any node would do).
 */
async function signUp(node: AppNode, sink: SmtpSink): Promise<Member> {
  counter += 1;
  const email = `node-member-${counter}-${Date.now()}@example.test`;
  const response = await node.request('/api/v1/accounts', {
    method: 'POST',
    body: { email, displayName: `Member ${counter}`, password: STRONG_PASSWORD, timeZone: 'UTC' },
  });
  expect(response.status, await response.clone().text()).toBe(202);
  const [mail] = await until('the confirmation mail', () => {
    const mails = mailsTo(sink, email);
    return mails.length > 0 ? mails : undefined;
  });
  const link = linksIn(mail!.text).find((l) => l.includes('token='))!;
  const opened = await node.request('/api/v1/email-confirmations', {
    method: 'POST',
    body: { token: tokenOf(link) },
  });
  expect(opened.status, await opened.clone().text()).toBe(200);
  const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
  const { member } = (await opened.json()) as { member: { id: string } };
  const safety = await node.request('/api/v1/safety-check', {
    method: 'PUT',
    cookie,
    body: { answers: SAFE_ANSWERS },
  });
  expect(safety.status).toBe(200);
  return { id: member.id, email, cookie };
}

/** A couple whose first partner signs up on node `a` and the second on node `b`. */
async function couple(a: AppNode, b: AppNode, sink: SmtpSink) {
  const first = await signUp(a, sink);
  const second = await signUp(b, sink);
  expect((await a.request('/api/v1/spaces', { method: 'POST', cookie: first.cookie })).status).toBe(
    201,
  );
  const invite = await a.request('/api/v1/space/invites', { method: 'POST', cookie: first.cookie });
  const { token } = (await invite.json()) as { token: string };
  const joined = await b.request('/api/v1/invites/accept', {
    method: 'POST',
    cookie: second.cookie,
    body: { token },
  });
  expect(joined.status, await joined.clone().text()).toBe(200);
  return { first, second };
}

const NOTES = 20;

if (databaseUrl && redisUrl) {
  describe('two app nodes on one PostgreSQL and one Redis', () => {
    const schema = `t_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-nodes-'));
    const nodes: AppNode[] = [];
    let a: AppNode;
    let b: AppNode;
    let sink: SmtpSink;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      sink = await startSmtpSink();
      const env = {
        DATABASE_URL: databaseUrlInSchema(databaseUrl, schema),
        REDIS_URL: redisUrl,
        SMTP_URL: sink.url,
        MEND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        MEND_DATA_DIR: dataDir,
        // Its own keys, so its counts meet no other run's in the shared Redis.
        MEND_REDIS_PREFIX: `${schema}:`,
      };
      // The first node migrates the fresh schema; the second starts on it as a
      // node joining a running deployment does.
      a = await startAppNode('A', env);
      nodes.push(a);
      b = await startAppNode('B', env);
      nodes.push(b);
    }, 300_000);

    afterAll(async () => {
      await Promise.all(nodes.map((node) => node.stop()));
      await sink?.close();
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('counts a rate limit hit on node A on node B', { timeout: 60_000 }, async () => {
      const member = await signUp(a, sink);
      const wrong = { email: member.email, password: 'not the password at all' };
      // Ten failures in all, alternating nodes: neither node alone saw ten.
      for (let i = 0; i < 10; i += 1) {
        const node = i % 2 === 0 ? a : b;
        const response = await node.request('/api/v1/sessions', { method: 'POST', body: wrong });
        expect(response.status).toBe(401);
      }
      const onA = await a.request('/api/v1/sessions', { method: 'POST', body: wrong });
      const onB = await b.request('/api/v1/sessions', { method: 'POST', body: wrong });
      console.log(
        `two nodes: sign-in failures spread over A and B: 10, next try on A: ${onA.status}, on B: ${onB.status}`,
      );
      expect(onA.status).toBe(429);
      expect(onB.status).toBe(429);
    });

    it(
      'runs a job enqueued through node A exactly once with both nodes polling',
      {
        timeout: 60_000,
      },
      async () => {
        const { first } = await couple(a, b, sink);
        // Let the jobs of setting up the couple finish before counting.
        await sleep(3_000);
        const done = () =>
          nodes.flatMap((node) =>
            node.logs
              .filter((line) => line.msg === 'job done' && line.job === 'forecast-refresh')
              .map((line) => ({ node: node.name, jobId: String(line.jobId) })),
          );
        const before = done().length;
        const checkIn = await a.request('/api/v1/check-ins', {
          method: 'PUT',
          cookie: first.cookie,
          body: { trust: 4 },
        });
        expect(checkIn.status).toBe(200);
        await until('the forecast job', () => (done().length > before ? true : undefined));
        // Both nodes poll every two seconds: wait for several rounds of both.
        await sleep(6_000);
        const runs = done().slice(before);
        console.log(
          `two nodes: jobs enqueued: 1, runs: ${runs.length} (on ${runs.map((r) => r.node).join(', ')})`,
        );
        expect(runs).toHaveLength(1);
      },
    );

    it(
      'delivers an event written through node A to a partner connected to node B, once, and to nobody else',
      {
        timeout: 60_000,
      },
      async () => {
        const { first, second } = await couple(a, b, sink);
        const others = await couple(b, a, sink);
        const partnerOnB = await openEvents(b, second.cookie);
        const writerOnB = await openEvents(b, first.cookie);
        const otherSpaceOnB = await openEvents(b, others.second.cookie);
        const otherSpaceOnA = await openEvents(a, others.first.cookie);
        const sentAt = new Map<string, number>();
        for (let i = 0; i < NOTES; i += 1) {
          const response = await a.request('/api/v1/notes', {
            method: 'POST',
            cookie: first.cookie,
            body: { kind: 'gesture', gestureKind: 'quality-time' },
          });
          expect(response.status, await response.clone().text()).toBe(201);
          const { note } = (await response.json()) as { note: { id: string } };
          sentAt.set(note.id, Date.now());
        }
        await until('every note on node B', () =>
          partnerOnB.messages.length >= NOTES ? true : undefined,
        );
        // Anything late or doubled would arrive now.
        await sleep(1_500);
        const received = partnerOnB.messages;
        const distinct = new Set(received.map((m) => m.itemId));
        const latencies = received
          .map((m) => m.at - (sentAt.get(m.itemId) ?? m.at))
          .sort((x, y) => x - y);
        const strays = [...writerOnB.messages, ...otherSpaceOnB.messages, ...otherSpaceOnA.messages]
          .length;
        console.log(
          `two nodes: events written on A: ${NOTES}, delivered on B: ${received.length}, ` +
            `distinct: ${distinct.size}, duplicates: ${received.length - distinct.size}, ` +
            `to the writer or another space: ${strays}, ` +
            `latency median ${latencies[Math.floor(latencies.length / 2)]} ms, max ${latencies.at(-1)} ms`,
        );
        for (const stream of [partnerOnB, writerOnB, otherSpaceOnB, otherSpaceOnA]) stream.close();
        expect(received.every((m) => m.kind === 'note-sent')).toBe(true);
        expect([...distinct].sort()).toEqual([...sentAt.keys()].sort());
        expect(received).toHaveLength(NOTES);
        expect(strays).toBe(0);
        expect(latencies.at(-1)!).toBeLessThan(1_000);
      },
    );

    it(
      'sends each mail once though both nodes deliver the outbox',
      { timeout: 60_000 },
      async () => {
        const before = sink.messages.length;
        const members = await Promise.all(
          Array.from({ length: 6 }, (_, i) => signUp(i % 2 === 0 ? a : b, sink)),
        );
        // Both nodes drain the outbox every two seconds: give them several rounds each.
        await sleep(6_000);
        const counts = members.map((m) => mailsTo(sink, m.email).length);
        console.log(
          `two nodes: sign-ups: ${members.length}, confirmation mails queued: ${members.length}, ` +
            `delivered: ${sink.messages.length - before}, per address: ${counts.join(' ')}`,
        );
        expect(counts).toEqual(members.map(() => 1));
        expect(sink.messages.length - before).toBe(members.length);
      },
    );
  });
}
