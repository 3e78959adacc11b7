import { describe, expect, it } from 'vitest';
import { isBlank, trimText } from './text.js';

describe('isBlank', () => {
  it('finds nothing visible in spaces and zero-width characters', () => {
    for (const text of ['', '   ', '\t\n', '\u200B', '\u200C\u200D', '\u2060', '\uFEFF']) {
      expect(isBlank(text), JSON.stringify(text)).toBe(true);
    }
    expect(isBlank(' \u200B \u2060\uFEFF\u00A0\u3000')).toBe(true);
    // Other invisible characters count too: a soft hyphen, a variation selector alone.
    expect(isBlank('\u00AD\uFE0F')).toBe(true);
  });

  it('finds a text with anything visible in it', () => {
    for (const text of ['a', ' . ', '\u200Bx\u200B', '❤️', '👩\u200D👩']) {
      expect(isBlank(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('trimText', () => {
  it('trims spaces and zero-width characters at both ends', () => {
    expect(trimText('  \u200B hello \uFEFF\u2060 ')).toBe('hello');
    expect(trimText('\u200C\u200D')).toBe('');
  });

  it('keeps them inside the text, where an emoji may need a joiner', () => {
    expect(trimText(' 👩\u200D👩 ')).toBe('👩\u200D👩');
    expect(trimText('a\u200Bb')).toBe('a\u200Bb');
    // A variation selector at the end belongs to the emoji before it.
    expect(trimText('Thank you ❤️')).toBe('Thank you ❤️');
  });
});
