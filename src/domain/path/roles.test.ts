import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerersFor,
  isInPlay,
  partiesOf,
  partyColumnsFor,
  rolesOf,
  type BrokeTrustChoice,
} from './roles.js';

const A = 'member-a';
const B = 'member-b';

describe('roles per breach', () => {
  it('turns the recorder’s choice into who broke trust and who was hurt', () => {
    expect(partiesOf(partyColumnsFor('me', A, B))).toEqual({ brokeTrust: [A], hurt: [B] });
    expect(partiesOf(partyColumnsFor('partner', A, B))).toEqual({ brokeTrust: [B], hurt: [A] });
    expect(partiesOf(partyColumnsFor('both', A, B))).toEqual({
      brokeTrust: [A, B],
      hurt: [A, B],
    });
  });

  it('gives each partner their role in this breach, not a role for life', () => {
    const first = partiesOf(partyColumnsFor('me', A, B));
    const second = partiesOf(partyColumnsFor('me', B, A));
    expect(rolesOf(first, A)).toEqual(['broke-trust']);
    expect(rolesOf(second, A)).toEqual(['hurt']);
    expect(rolesOf(partiesOf(partyColumnsFor('both', A, B)), B)).toEqual(['broke-trust', 'hurt']);
    expect(rolesOf(first, 'stranger')).toEqual([]);
  });

  it('names who answers an acknowledgment or apology: the hurt partner, never its author', () => {
    const mutual = partiesOf(partyColumnsFor('both', A, B));
    expect(answerersFor(mutual, A)).toEqual([B]);
    expect(answerersFor(mutual, B)).toEqual([A]);
    expect(answerersFor(partiesOf(partyColumnsFor('me', A, B)), A)).toEqual([B]);
  });

  it('drops a deleted account from the roles and takes the breach out of play', () => {
    const parties = partiesOf({ brokeTrustId: A, hurtId: null, mutual: false });
    expect(parties).toEqual({ brokeTrust: [A], hurt: [] });
    expect(isInPlay(parties, [A, B])).toBe(false);
    expect(isInPlay(partiesOf({ brokeTrustId: A, hurtId: null, mutual: true }), [A])).toBe(false);
  });

  it('keeps a breach with a former partner out of play', () => {
    const parties = partiesOf(partyColumnsFor('me', A, 'former'));
    expect(isInPlay(parties, [A, B])).toBe(false);
    expect(isInPlay(parties, [A, 'former'])).toBe(true);
  });

  it('always gives both people a role, and each partner who broke trust someone to answer them (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<BrokeTrustChoice>('me', 'partner', 'both'),
        fc.uuid(),
        fc.uuid(),
        (choice, recorder, partner) => {
          fc.pre(recorder !== partner);
          const parties = partiesOf(partyColumnsFor(choice, recorder, partner));
          expect(rolesOf(parties, recorder).length).toBeGreaterThan(0);
          expect(rolesOf(parties, partner).length).toBeGreaterThan(0);
          for (const author of parties.brokeTrust) {
            expect(answerersFor(parties, author)).not.toContain(author);
            expect(answerersFor(parties, author).length).toBe(1);
          }
          expect(isInPlay(parties, [recorder, partner])).toBe(true);
        },
      ),
    );
  });
});
