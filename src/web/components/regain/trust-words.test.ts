import { describe, expect, it } from 'vitest';
import { formatMonth, milestoneWords, noMilestoneWords, scoreWords } from './trust-words';

describe('trust questionnaire words', () => {
  it('names a month and a score plainly', () => {
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatMonth('nonsense')).toBe('nonsense');
    expect(scoreWords(4.5)).toBe('4.5 of 7');
    expect(scoreWords(6)).toBe('6 of 7');
    expect(scoreWords(10 / 3)).toBe('3.3 of 7');
  });

  it('says a milestone as what moved, and which way', () => {
    expect(
      milestoneWords(
        { subscale: 'dependability', direction: 'better', from: 2, to: 5.5 },
        '2026-03',
      ),
    ).toBe('Dependability has grown clearly since March 2026 (2 → 5.5 of 7).');
    expect(milestoneWords({ subscale: 'faith', direction: 'worse', from: 6, to: 3 }, null)).toBe(
      'Faith in each other has fallen clearly (6 → 3 of 7).',
    );
    expect(noMilestoneWords(1)).toMatch(/second month/);
    expect(noMilestoneWords(3)).toMatch(/No clear change/);
  });
});
