import { describe, expect, it } from 'vitest';
import type { Need, NeedVersion } from '../../api/types';
import {
  earlierVersions,
  groupNeeds,
  importanceWords,
  needChoiceLabel,
  needTieWords,
  shortNeedWords,
  understoodWords,
} from './need-words';

const version = (n: number): NeedVersion => ({
  id: `v${n}`,
  version: n,
  category: 'communication',
  importance: 2,
  text: `words ${n}`,
  createdAt: '2026-03-01T10:00:00.000Z',
});

const need = (overrides: Partial<Need> = {}): Need => ({
  id: 'n1',
  authorId: 'me',
  status: 'live',
  current: version(1),
  versions: [version(1)],
  acknowledged: false,
  acknowledgedAt: null,
  therapistMaySee: false,
  retiredAt: null,
  can: { edit: true, retire: true, acknowledge: false },
  createdAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

describe('need words', () => {
  it('says how much a need matters in words', () => {
    expect(importanceWords(1)).toBe('It matters');
    expect(importanceWords(3)).toBe('It matters deeply');
  });

  it('says who understands a need, and that new words ask again', () => {
    expect(understoodWords(need({ acknowledged: true }), true, 'Sam')).toBe(
      'Sam understands this need',
    );
    expect(understoodWords(need({ acknowledged: true }), false, 'Sam')).toBe(
      'You understand this need',
    );
    expect(understoodWords(need(), true, 'Sam')).toBe('Not acknowledged yet');
    const revised = need({ current: version(2), versions: [version(1), version(2)] });
    expect(understoodWords(revised, true, 'Sam')).toBe('New words, not acknowledged yet');
  });

  it('groups live needs by whose they are and keeps retired ones apart', () => {
    const mine = need({ id: 'a' });
    const theirs = need({ id: 'b', authorId: 'sam' });
    const retired = need({ id: 'c', status: 'retired', retiredAt: '2026-03-02T10:00:00.000Z' });
    expect(groupNeeds([mine, theirs, retired], 'me')).toEqual({
      mine: [mine],
      partners: [theirs],
      retired: [retired],
    });
  });

  it('lists the earlier versions newest first, without the current one', () => {
    const revised = need({ current: version(3), versions: [version(1), version(2), version(3)] });
    expect(earlierVersions(revised).map((v) => v.version)).toEqual([2, 1]);
  });
});

describe('needs tied to commitments', () => {
  it('keeps short words whole and cuts long ones at a word', () => {
    expect(shortNeedWords('  Plain   answers ')).toBe('Plain answers');
    const long = 'An evening a week together, with our phones put away, and time to talk properly.';
    const short = shortNeedWords(long, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(short).toBe('An evening a week together, with our…');
  });

  it('labels a choice with the category and the words', () => {
    expect(needChoiceLabel(need())).toBe('Communication — words 1');
  });

  it('says which need a commitment is for, and when it is retired', () => {
    const live = need({ id: 'n1' });
    const retired = need({ id: 'n2', status: 'retired', retiredAt: '2026-03-02T10:00:00.000Z' });
    expect(needTieWords('n1', [live, retired], 'Sam’s')).toBe('For Sam’s need: words 1');
    expect(needTieWords('n2', [live, retired], 'Sam’s')).toBe('For Sam’s need: words 1 (retired)');
    expect(needTieWords(null, [live], 'Sam’s')).toBeNull();
    expect(needTieWords('n9', [live], 'Sam’s')).toBeNull();
    expect(needTieWords('n1', null, 'Sam’s')).toBeNull();
  });
});
