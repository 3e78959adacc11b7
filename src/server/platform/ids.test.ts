import { describe, expect, it } from 'vitest';
import { Id } from '../../contract/common.js';
import { newId } from './ids.js';

describe('newId', () => {
  it('makes valid UUIDv7 ids', () => {
    for (let i = 0; i < 100; i += 1) expect(Id.safeParse(newId()).success).toBe(true);
  });

  it('sorts in creation order, also within one millisecond', () => {
    const ms = Date.UTC(2026, 2, 10);
    const ids = Array.from({ length: 500 }, (_, i) => newId(ms + Math.floor(i / 100)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
