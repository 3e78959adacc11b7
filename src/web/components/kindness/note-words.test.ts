import { describe, expect, it } from 'vitest';
import { noteKindWords } from './note-words';

describe('noteKindWords', () => {
  it('names each kind in words, a gesture with what it was', () => {
    expect(noteKindWords({ kind: 'note', gestureKind: null })).toBe('A note');
    expect(noteKindWords({ kind: 'gesture', gestureKind: 'quality-time' })).toBe(
      'A gesture: quality time',
    );
    expect(noteKindWords({ kind: 'affirmation', gestureKind: null })).toBe('An affirmation');
  });
});
