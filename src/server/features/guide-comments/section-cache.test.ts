import { describe, expect, it } from 'vitest';
import { raw } from '../guide/html.js';
import { SECTION_TTL_MS, SectionCache } from './section-cache.js';

describe('the comments section cache', () => {
  function setUp() {
    let now = 0;
    let changes = 0;
    let renders = 0;
    const cache = new SectionCache(
      () => changes,
      () => now,
    );
    const render = async () => raw(`render ${++renders}`);
    return {
      cache,
      render,
      advance: (ms: number) => (now += ms),
      change: () => (changes += 1),
    };
  }

  it('keeps a section for a second, per article', async () => {
    const { cache, render, advance } = setUp();
    expect((await cache.get('a', render)).html).toBe('render 1');
    advance(SECTION_TTL_MS - 1);
    expect((await cache.get('a', render)).html).toBe('render 1');
    expect((await cache.get('b', render)).html).toBe('render 2');
    advance(1);
    expect((await cache.get('a', render)).html).toBe('render 3');
  });

  it('renders again at once after any change', async () => {
    const { cache, render, change } = setUp();
    await cache.get('a', render);
    change();
    expect((await cache.get('a', render)).html).toBe('render 2');
    expect((await cache.get('a', render)).html).toBe('render 2');
  });

  it('keeps nothing rendered while a change happened', async () => {
    const { cache, change } = setUp();
    let renders = 0;
    const racing = async () => {
      renders += 1;
      change();
      return raw(`render ${renders}`);
    };
    await cache.get('a', racing);
    expect((await cache.get('a', racing)).html).toBe('render 2');
  });
});
