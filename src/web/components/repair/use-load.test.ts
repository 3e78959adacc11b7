/**
 * useLoad shows the answer to the newest question only. Rendered with Preact
 * into a stand-in parent: the probe draws nothing, so no DOM is needed.
 */
import { Component, h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLoad, type Loaded } from './use-load';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Runs `step`, lets the answers it released reach the hook, and re-renders. */
const settle = (step: () => void) =>
  act(async () => {
    step();
    await new Promise((done) => setTimeout(done, 0));
  });

const parent = { childNodes: [], firstChild: null } as unknown as Element;
afterEach(async () => {
  await act(() => render(null, parent));
});

/** Renders a probe asking `ask(key)`; the returned `show` re-renders it with another key. */
async function probe(ask: (key: string) => Promise<string>, key: string) {
  const seen: { current: Loaded<string> | null } = { current: null };
  function Probe({ id }: { id: string }) {
    seen.current = useLoad(() => ask(id), [id]);
    return null;
  }
  const show = (id: string) => act(() => render(h(Probe, { id }), parent));
  await show(key);
  return { seen, show };
}

describe('useLoad', () => {
  it('drops an answer for an old key that arrives after the new key’s', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const { seen, show } = await probe((key) => answers[key as 'a' | 'b'].promise, 'a');
    await show('b');
    await settle(() => answers.b.resolve('answer for b'));
    await settle(() => answers.a.resolve('answer for a'));
    expect(seen.current?.data).toBe('answer for b');
  });

  it('drops an answer for an old key that arrives before the new key’s', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const { seen, show } = await probe((key) => answers[key as 'a' | 'b'].promise, 'a');
    await show('b');
    await settle(() => answers.a.resolve('answer for a'));
    expect(seen.current?.data).toBeNull();
    await settle(() => answers.b.resolve('answer for b'));
    expect(seen.current?.data).toBe('answer for b');
  });

  it('drops a failure for an old key', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const { seen, show } = await probe((key) => answers[key as 'a' | 'b'].promise, 'a');
    await show('b');
    await settle(() => answers.b.resolve('answer for b'));
    await settle(() => answers.a.reject(new Error('offline')));
    expect(seen.current).toMatchObject({ data: 'answer for b', error: null });
  });

  it('stops showing the old key’s answer once the key changes', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const { seen, show } = await probe((key) => answers[key as 'a' | 'b'].promise, 'a');
    await settle(() => answers.a.resolve('answer for a'));
    expect(seen.current?.data).toBe('answer for a');
    await show('b');
    expect(seen.current?.data).toBeNull();
  });

  it('keeps the newer of two reloads for the same key', async () => {
    const asked: Deferred<string>[] = [];
    const { seen } = await probe(() => {
      const answer = deferred<string>();
      asked.push(answer);
      return answer.promise;
    }, 'a');
    await settle(() => asked[0]!.resolve('first'));
    let second!: Promise<void>;
    let third!: Promise<void>;
    await act(() => {
      second = seen.current!.reload();
      third = seen.current!.reload();
    });
    await act(async () => {
      asked[2]!.resolve('third');
      await third;
      asked[1]!.resolve('second');
      await second;
    });
    expect(seen.current?.data).toBe('third');
  });

  it('sets nothing on a screen that was left before its answer came', async () => {
    const answer = deferred<string>();
    await probe(() => answer.promise, 'a');
    await act(() => render(null, parent));
    // A hook's state change reaches its component through setState; none may happen now.
    const setState = vi.spyOn(Component.prototype, 'setState');
    try {
      await settle(() => answer.resolve('answer for a'));
      expect(setState).not.toHaveBeenCalled();
    } finally {
      setState.mockRestore();
    }
  });
});
