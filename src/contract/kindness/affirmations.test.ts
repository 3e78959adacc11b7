import { describe, expect, it } from 'vitest';
import { AFFIRMATION_GROUPS, AFFIRMATIONS, affirmationById } from './affirmations.js';

describe('the affirmations library', () => {
  it('holds at least 30 phrases, in every group', () => {
    expect(AFFIRMATIONS.length).toBeGreaterThanOrEqual(30);
    for (const group of AFFIRMATION_GROUPS) {
      expect(AFFIRMATIONS.filter((p) => p.group === group).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('names each phrase once, with words that fit a note', () => {
    const ids = AFFIRMATIONS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(AFFIRMATIONS.map((p) => p.text)).size).toBe(ids.length);
    for (const phrase of AFFIRMATIONS) {
      expect(phrase.id.length).toBeLessThanOrEqual(60);
      expect(phrase.text.trim()).toBe(phrase.text);
      expect(phrase.text.length).toBeLessThan(120);
    }
  });

  it('finds a phrase by its id, and nothing for an unknown one', () => {
    expect(affirmationById('safety.tell-me')?.group).toBe('safety');
    expect(affirmationById('safety.unknown')).toBeUndefined();
  });
});
