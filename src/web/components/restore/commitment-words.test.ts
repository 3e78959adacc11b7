import { describe, expect, it } from 'vitest';
import { scheduleWords, strengthWords } from './commitment-words';

describe('commitment words', () => {
  it('says a schedule as a person would', () => {
    expect(scheduleWords({ kind: 'daily' })).toBe('Every day');
    expect(scheduleWords({ kind: 'weekdays', weekdays: [1, 3, 5] })).toBe(
      'On Mondays, Wednesdays and Fridays',
    );
    expect(scheduleWords({ kind: 'weekdays', weekdays: [7] })).toBe('On Sundays');
    expect(scheduleWords({ kind: 'times-a-week', times: 1 })).toBe('Once a week');
    expect(scheduleWords({ kind: 'times-a-week', times: 3 })).toBe('3 times a week');
  });

  it('describes strength without counting days in a row', () => {
    expect(strengthWords(0)).toBe('Just beginning');
    expect(strengthWords(0.3)).toBe('Growing');
    expect(strengthWords(0.6)).toBe('Taking hold');
    expect(strengthWords(0.85)).toBe('Well settled');
    for (const value of [0, 0.3, 0.6, 0.85]) expect(strengthWords(value)).not.toMatch(/streak/i);
  });
});
