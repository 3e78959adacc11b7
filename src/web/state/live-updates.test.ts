/**
 * The web app's one live connection, with EventSource stubbed: it opens only
 * while signed in with a partner, once; hands each new event to listeners and
 * drops replays and unknown kinds; announces politely; stays closed after a
 * refusal until the session changes; and closes on sign-out.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MeAnswer } from '../api/types';
import type { SpaceEvent } from '../../contract/events';
import { liveNews, onLiveEvent } from './live-updates';
import { session } from './session';

class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 1;
  closed = false;
  onmessage: ((message: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }
  send(data: unknown, lastEventId: string) {
    this.onmessage?.({ data: JSON.stringify(data), lastEventId } as MessageEvent);
  }
}

const ID = '0193c4a0-7f1d-7a11-8c3e-1f2e3d4c5b6a';
const me = (partner: boolean): MeAnswer => ({
  member: { id: ID, displayName: 'Sam', email: 'sam@example.test', timeZone: 'UTC' },
  space: {
    id: ID,
    createdAt: '2026-12-01T10:00:00.000Z',
    partner: partner ? { id: ID, displayName: 'Alex' } : null,
    invitePending: false,
  },
  operator: false,
});
const live = () => FakeEventSource.opened.filter((source) => !source.closed);

describe('live updates in the web app', () => {
  beforeAll(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterAll(() => vi.unstubAllGlobals());

  it('opens one stream only with a partner, and hands on each new event once', () => {
    session.set({ status: 'signed-in', me: me(false) });
    expect(live()).toEqual([]);
    session.set({ status: 'signed-in', me: me(true) });
    session.set({ status: 'signed-in', me: me(true) });
    expect(live().map((source) => source.url)).toEqual(['/api/v1/events']);

    const heard: SpaceEvent[] = [];
    const stop = onLiveEvent((event) => heard.push(event));
    const source = live()[0]!;
    source.send({ kind: 'note-sent', id: ID }, 'e1');
    source.send({ kind: 'note-sent', id: ID }, 'e1'); // replayed after a reconnect
    source.send({ kind: 'something-else', id: ID }, 'e2');
    source.send({ kind: 'check-in-revealed', id: ID }, 'e3');
    expect(heard).toEqual([
      { kind: 'note-sent', id: ID },
      { kind: 'check-in-revealed', id: ID },
    ]);
    expect(liveNews.get().message).toBe('Something new from your partner.');
    stop();
  });

  it('stays closed after a refusal until the session changes, and closes on sign-out', () => {
    const refused = live()[0]!;
    // The browser closes a stream the server refused (401, 404), then says so.
    refused.close();
    refused.onerror?.();
    expect(FakeEventSource.opened).toHaveLength(1);
    session.set({ status: 'signed-in', me: me(true) });
    expect(FakeEventSource.opened).toHaveLength(2);
    session.set({ status: 'signed-out' });
    expect(live()).toEqual([]);
    expect(liveNews.get().message).toBe('');
  });
});
