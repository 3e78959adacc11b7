import { describe, expect, it } from 'vitest';
import type { ReassuranceRequest } from '../../api/types';
import { openRequestOf } from './open-request';

const request = (over: Partial<ReassuranceRequest>): ReassuranceRequest => ({
  id: 'r1',
  askedBy: 'sam',
  day: '2026-03-10',
  createdAt: '2026-03-10T08:00:00.000Z',
  answeredAt: null,
  answerNoteId: null,
  ...over,
});
const now = new Date('2026-03-10T20:00:00Z');

describe('openRequestOf', () => {
  it('finds the partner’s unanswered request of the last day', () => {
    expect(openRequestOf([request({})], 'sam', now)?.id).toBe('r1');
  });

  it('ignores one’s own, answered and older requests, and a space without a partner', () => {
    expect(openRequestOf([request({ askedBy: 'alex' })], 'sam', now)).toBeNull();
    const answered = request({ answeredAt: '2026-03-10T09:00:00.000Z', answerNoteId: 'n1' });
    expect(openRequestOf([answered], 'sam', now)).toBeNull();
    expect(
      openRequestOf([request({ createdAt: '2026-03-09T19:00:00.000Z' })], 'sam', now),
    ).toBeNull();
    expect(openRequestOf([request({})], null, now)).toBeNull();
  });
});
