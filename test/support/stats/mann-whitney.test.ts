import { describe, expect, it } from 'vitest';
import { erfc, mannWhitney, median } from './mann-whitney.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('erfc', () => {
  it('matches tabulated values', () => {
    // erfc(0) = 1, erfc(1) = 0.157299207, erfc(2) = 0.004677735, erfc(-1) = 1.842700793
    expect(erfc(0)).toBeCloseTo(1, 6);
    expect(erfc(1)).toBeCloseTo(0.157299207, 6);
    expect(erfc(2)).toBeCloseTo(0.004677735, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 6);
  });
});

describe('Mann–Whitney U', () => {
  it('finds two separated samples different (U = 0, p from the corrected normal approximation)', () => {
    const result = mannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(result.u).toBe(0);
    // |U − 12.5| − 0.5 = 12 over σ = √(25·11/12): z = 2.5067, p = 0.01219 (as scipy's asymptotic method gives).
    expect(result.z).toBeCloseTo(2.5067, 3);
    expect(result.p).toBeCloseTo(0.01219, 4);
    // U counts wins of the first sample, so swapping the samples gives n1·n2 − U and the same p.
    const swapped = mannWhitney([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]);
    expect(swapped.u).toBe(25);
    expect(swapped.p).toBeCloseTo(result.p, 10);
  });

  it('counts ties as half a win and corrects the variance for them', () => {
    // Ranks of the pooled [1, 2, 2, 3]: 1, 2.5, 2.5, 4; the first sample {1, 2} has 3.5, so U = 0.5.
    const result = mannWhitney([1, 2], [2, 3]);
    expect(result.u).toBe(0.5);
    // σ² = (4/12)·(5 − 6/12) = 1.5; z = (|0.5 − 2| − 0.5)/√1.5.
    expect(result.z).toBeCloseTo(1 / Math.sqrt(1.5), 10);
  });

  it('sees nothing in samples from one distribution, and nothing at all in equal values', () => {
    const a = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
    const b = Array.from({ length: 200 }, (_, i) => (i * 53 + 7) % 101);
    expect(mannWhitney(a, b).p).toBeGreaterThan(0.2);
    expect(mannWhitney([5, 5, 5], [5, 5])).toEqual({ u: 3, z: 0, p: 1 });
  });

  it('sees a small steady shift in large samples', () => {
    const a = Array.from({ length: 300 }, (_, i) => (i * 37) % 101);
    const shifted = a.map((x) => x + 10);
    expect(mannWhitney(a, shifted).p).toBeLessThan(0.001);
  });

  it('refuses an empty sample', () => {
    expect(() => mannWhitney([], [1])).toThrow();
  });
});
