/** The words a long text field says about its length, under and over the cap. */
import { describe, expect, it } from 'vitest';
import { lengthMessage, tooLongMessage } from './text-length';

describe('lengthMessage', () => {
  it('counts under the cap', () => {
    expect(lengthMessage(6000, 6000, null)).toBe('6,000 of 6,000 characters.');
  });

  it('names a paste over the cap and by how much to shorten it', () => {
    expect(lengthMessage(7200, 6000, 7200)).toBe(
      'You pasted 7,200 characters; the limit is 6,000 — shorten it by 1,200 to send.',
    );
  });

  it('speaks of the whole text when it was typed', () => {
    expect(lengthMessage(4001, 4000, null)).toBe(
      'This is 4,001 characters; the limit is 4,000 — shorten it by 1 to send.',
    );
    expect(tooLongMessage(4001, 4000)).toContain('shorten it by 1 character,');
  });
});
