import { describe, expect, it } from 'vitest';
import { AppError, tryAgainIn } from './problem.js';

describe('tryAgainIn', () => {
  it('says when to try again in words a person reads at a glance', () => {
    expect(tryAgainIn(1)).toBe('Please try again in a minute.');
    expect(tryAgainIn(59)).toBe('Please try again in a minute.');
    expect(tryAgainIn(60)).toBe('Please try again in about 1 minute.');
    expect(tryAgainIn(61)).toBe('Please try again in about 2 minutes.');
    expect(tryAgainIn(40 * 60)).toBe('Please try again in about 40 minutes.');
    expect(tryAgainIn(3600)).toBe('Please try again in about 1 hour.');
    expect(tryAgainIn(5 * 3600)).toBe('Please try again in about 5 hours.');
  });

  it('is the detail of every wait answer that brings none of its own', () => {
    const wait = new AppError({ code: 'too-many-attempts', title: 'Wait', retryAfter: 600 });
    expect(wait.detail).toBe('Please try again in about 10 minutes.');
    const own = new AppError({
      code: 'too-many-attempts',
      title: 'Wait',
      detail: 'Mine',
      retryAfter: 600,
    });
    expect(own.detail).toBe('Mine');
    expect(new AppError({ code: 'not-found', title: 'Not found' }).detail).toBeUndefined();
  });
});
