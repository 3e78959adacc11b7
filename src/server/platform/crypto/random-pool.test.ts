import { describe, expect, it } from 'vitest';
import { randomBytesFromPool } from './random-pool.js';

describe('random bytes from the pool', () => {
  it('hands out fresh bytes of the size asked, across refills, never the same twice', () => {
    const seen = new Set<string>();
    // 1,000 × 16 bytes is about four refills of the 4 KB pool.
    for (let i = 0; i < 1000; i += 1) {
      const bytes = randomBytesFromPool(16);
      expect(bytes).toHaveLength(16);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(1000);
  });

  it('gives each caller bytes that later calls and refills do not change', () => {
    const first = randomBytesFromPool(12);
    const copy = Buffer.from(first);
    for (let i = 0; i < 400; i += 1) randomBytesFromPool(12);
    expect(first.equals(copy)).toBe(true);
  });

  it('refuses more than the pool holds', () => {
    expect(() => randomBytesFromPool(5000)).toThrow(/at most 4096/);
  });
});
