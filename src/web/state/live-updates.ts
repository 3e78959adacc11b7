/**
 * The partner's activity, live: one EventSource per tab on /api/v1/events,
 * open while the person is signed in to a space with a partner, closed on
 * sign-out and quick exit. The browser reconnects by itself and sends the
 * last event's id, so the server replays what was missed; a stream the
 * server refuses (signed out, left) stays closed until the session changes.
 *
 * An event is only "this changed": a kind and an id, never content. Screens
 * that show such items ask again through the normal API (`useLiveUpdates`),
 * so what appears is what the reader may see. One calm, polite announcement
 * tells screen-reader users that something appeared, not what — in its own
 * live region (components/live-news.tsx), so it never replaces the result of
 * a form the person is using, which the shared announcer shows beside it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { SPACE_EVENT_KINDS } from '../../contract/event-kinds';
import type { SpaceEvent, SpaceEventKind } from '../../contract/events';
import { createStore } from './store';
import { session, type SessionState } from './session';

type Listener = (event: SpaceEvent) => void;

const listeners = new Set<Listener>();

/** Ids already handled: a reconnect may replay a few (the server errs on the side of more). */
const seen: string[] = [];
const SEEN_KEPT = 200;

/** At most one announcement in this long, however many events arrive together. */
const ANNOUNCE_EVERY_MS = 10_000;
let lastAnnounced = 0;

let source: EventSource | null = null;

/** What the live-news region says; the serial makes a repeat heard again. */
export const liveNews = createStore<{ message: string; serial: number }>({
  message: '',
  serial: 0,
});

const KINDS: readonly string[] = SPACE_EVENT_KINDS;

/** The data of one message, if it is an event this app knows. */
function parse(data: unknown): SpaceEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<SpaceEvent>;
    if (typeof value.id !== 'string' || !KINDS.includes(value.kind ?? '')) return null;
    return { kind: value.kind as SpaceEventKind, id: value.id };
  } catch {
    return null;
  }
}

function onMessage(message: MessageEvent): void {
  const event = parse(message.data);
  if (!event) return;
  const key = message.lastEventId || `${event.kind}:${event.id}`;
  if (seen.includes(key)) return;
  seen.push(key);
  if (seen.length > SEEN_KEPT) seen.shift();
  for (const listener of [...listeners]) listener(event);
  const now = Date.now();
  if (now - lastAnnounced >= ANNOUNCE_EVERY_MS) {
    lastAnnounced = now;
    liveNews.set({
      message: 'Something new from your partner.',
      serial: liveNews.get().serial + 1,
    });
  }
}

function connect(): void {
  if (source || typeof EventSource === 'undefined') return;
  const opened = new EventSource('/api/v1/events');
  opened.onmessage = onMessage;
  opened.onerror = () => {
    // CLOSED means the server refused (not a dropped line, which reconnects
    // by itself): stay closed until the session changes, never hammer.
    if (opened.readyState === EventSource.CLOSED && source === opened) source = null;
  };
  source = opened;
}

function disconnect(): void {
  source?.close();
  source = null;
  seen.length = 0;
  if (liveNews.get().message) liveNews.set({ message: '', serial: liveNews.get().serial + 1 });
}

/**
 * The stream waits until the page has loaded and settled: the first screen
 * needs none of it, so it stays out of the first screen's requests (and out
 * of the way of anything that waits for the network to go quiet, such as the
 * end-to-end tests). What a partner does meanwhile is on the screen just
 * loaded, or arrives with the next event.
 */
const SETTLE_MS = 3_000;
let settled = typeof document === 'undefined' || document.readyState === 'complete';
let wanted = false;

if (!settled && typeof window !== 'undefined') {
  window.addEventListener('load', () =>
    setTimeout(() => {
      settled = true;
      if (wanted) connect();
    }, SETTLE_MS),
  );
}

/** Following makes sense only with a partner: every event is the partner's doing. */
function follow(state: SessionState): void {
  wanted = state.status === 'signed-in' && state.me.space?.partner != null;
  if (!wanted) disconnect();
  else if (settled) connect();
}

session.subscribe(follow);
follow(session.get());

/** Calls `listener` for every new event; answers the function that stops. */
export function onLiveEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Runs `refresh` (a screen's reload) when an event of one of `kinds` arrives;
 * a screen of one item looks at the event's id to ask only about its own.
 */
export function useLiveUpdates(
  kinds: readonly SpaceEventKind[],
  refresh: (event: SpaceEvent) => unknown,
): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  const key = kinds.join(' ');
  useEffect(
    () =>
      onLiveEvent((event) => {
        if (key.split(' ').includes(event.kind)) void latest.current(event);
      }),
    [key],
  );
}
