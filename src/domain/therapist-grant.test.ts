import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantStatus, isOpen, isRevocable } from './therapist-grant.js';

const t0 = new Date('2026-03-01T00:00:00Z');
const later = new Date('2026-03-02T00:00:00Z');
const none = {
  consentedAt: null,
  declinedAt: null,
  tokenExpiresAt: null,
  acceptedAt: null,
  revokedAt: null,
};

describe('therapist grant status', () => {
  it('walks proposed → invited → active, and expires unused links', () => {
    expect(grantStatus(none, t0)).toBe('awaiting-consent');
    const invited = { ...none, consentedAt: t0, tokenExpiresAt: later };
    expect(grantStatus(invited, t0)).toBe('invited');
    expect(grantStatus(invited, later)).toBe('invite-expired');
    expect(grantStatus({ ...invited, acceptedAt: t0 }, later)).toBe('active');
  });

  it('is revoked whatever else happened, and never active without consent (property)', () => {
    const maybe = fc.option(fc.constant(t0), { nil: null });
    fc.assert(
      fc.property(maybe, maybe, maybe, maybe, (consentedAt, declinedAt, acceptedAt, revokedAt) => {
        const status = grantStatus(
          { consentedAt, declinedAt, acceptedAt, revokedAt, tokenExpiresAt: later },
          t0,
        );
        if (revokedAt) expect(status).toBe('revoked');
        if (status === 'active') expect(acceptedAt).not.toBeNull();
        if (status === 'invited') expect(consentedAt).not.toBeNull();
        expect(isOpen(status)).toBe(['awaiting-consent', 'invited', 'active'].includes(status));
        expect(isRevocable(status)).toBe(isOpen(status) || status === 'invite-expired');
      }),
    );
  });
});
