import { describe, expect, it } from 'vitest';
import { APOLOGY_GUIDE, apologyHints } from './apology-guide.js';

const parts = (responsibility: string, extra = '') => ({
  whatHappened: `I lied about where I was. ${extra}`,
  impact: 'You told me you felt foolish and alone.',
  responsibility,
  whatWillChange: 'I will tell you where I am, every time.',
});

describe('the apology guide', () => {
  it('walks through the four parts in order', () => {
    expect(APOLOGY_GUIDE.map((s) => s.part)).toEqual([
      'whatHappened',
      'impact',
      'responsibility',
      'whatWillChange',
    ]);
  });

  it('hints at a “but” in the responsibility part, and nowhere else', () => {
    expect(apologyHints(parts('It was my choice, but I was stressed.'))).toEqual([
      'responsibility-has-but',
    ]);
    expect(apologyHints(parts('It was my choice. BUT nothing excuses it.'))).toEqual([
      'responsibility-has-but',
    ]);
    expect(apologyHints(parts('It was my choice.', 'But then I hid it too.'))).toEqual([]);
    // A word that merely contains the letters is not a "but".
    expect(
      apologyHints(parts('It was my choice to rebuttal nothing; it was a butterfly.')),
    ).toEqual([]);
  });

  it('hints at a conditional “sorry if”', () => {
    expect(apologyHints(parts('I am sorry if you were hurt.'))).toEqual(['conditional-sorry']);
    expect(apologyHints(parts('I am sorry that I hurt you.'))).toEqual([]);
  });
});
