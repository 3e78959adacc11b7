import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVITE_LIFETIME_DAYS, inviteExpiry, inviteState } from './invite.js';

describe('invites', () => {
  const created = new Date('2026-03-10T12:00:00Z');
  const expiresAt = inviteExpiry(created);

  it('lasts exactly seven days', () => {
    expect(INVITE_LIFETIME_DAYS).toBe(7);
    expect(expiresAt.toISOString()).toBe('2026-03-17T12:00:00.000Z');
    const fresh = { expiresAt, usedAt: null, revokedAt: null };
    expect(inviteState(fresh, new Date('2026-03-17T11:59:59.999Z'))).toBe('usable');
    expect(inviteState(fresh, new Date('2026-03-17T12:00:00Z'))).toBe('expired');
  });

  it('tells used before revoked before expired', () => {
    const later = new Date('2026-04-01T00:00:00Z');
    expect(inviteState({ expiresAt, usedAt: created, revokedAt: created }, later)).toBe('used');
    expect(inviteState({ expiresAt, usedAt: null, revokedAt: created }, later)).toBe('revoked');
  });

  it('is usable only if unused, not revoked and before expiry (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30 * 86_400_000, max: 30 * 86_400_000 }),
        fc.boolean(),
        fc.boolean(),
        (offset, used, revoked) => {
          const now = new Date(created.getTime() + offset);
          const state = inviteState(
            { expiresAt, usedAt: used ? created : null, revokedAt: revoked ? created : null },
            now,
          );
          const usable = !used && !revoked && now < expiresAt;
          expect(state === 'usable').toBe(usable);
        },
      ),
    );
  });
});
