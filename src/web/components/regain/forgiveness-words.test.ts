import { describe, expect, it } from 'vitest';
import { amountWords, answerWords, changeWords, scoresSentence } from './forgiveness-words';

describe('forgiveness words', () => {
  it('says how much a subscale holds across its whole range, in words', () => {
    expect(amountWords(3)).toBe('very little');
    expect(amountWords(7)).toBe('a little');
    expect(amountWords(9)).toBe('some');
    expect(amountWords(12)).toBe('quite a lot');
    expect(amountWords(15)).toBe('a great deal');
    for (let score = 3; score <= 15; score += 1) {
      expect(amountWords(score)).not.toMatch(/\d|good|bad|poor|fail/i);
    }
  });

  it('reads a change of one point as the same, and larger ones by direction', () => {
    expect(changeWords(9, 10)).toBe('about the same');
    expect(changeWords(9, 8)).toBe('about the same');
    expect(changeWords(12, 7)).toBe('less than before');
    expect(changeWords(5, 11)).toBe('more than before');
  });

  it('names the answers and a reflection’s three subscales', () => {
    expect(answerWords(1)).toBe('Not at all true of me');
    expect(answerWords(5)).toBe('Completely true of me');
    expect(scoresSentence({ avoidance: 3, resentment: 9, goodwill: 15 })).toBe(
      'Keeping distance: very little · Resentment: some · Goodwill: a great deal',
    );
  });
});
