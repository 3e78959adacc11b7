/**
 * The server's half of a passkey ceremony: the relying party (our origin),
 * and the one-use challenges it hands out and takes back. A challenge is
 * stored only as a hash, bound to its purpose and to a ticket or a session.
 */
import { hashToken } from '../../platform/auth/tokens.js';
import type { Deps } from '../../platform/deps.js';
import type { WebauthnChallengesTable } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { challengeOf, CEREMONY_TIMEOUT_MS, relyingPartyOf } from './passkeys.js';
import { consumeChallenge, insertChallenge } from './queries.js';

export function passkeyCeremony(deps: Deps) {
  const { db, clock, config } = deps;
  const rp = relyingPartyOf(config.publicUrl);

  async function newChallenge(
    memberId: string,
    purpose: WebauthnChallengesTable['purpose'],
    boundTo: string,
    challenge: string,
  ): Promise<void> {
    const now = clock.now();
    await insertChallenge(
      db,
      {
        id: newId(now.getTime()),
        memberId,
        purpose,
        challengeHash: hashToken(challenge),
        boundTo,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + CEREMONY_TIMEOUT_MS).toISOString(),
      },
      now,
    );
  }

  /** The challenge inside a response, taken away if it is ours, live and unused. */
  async function takeChallenge(
    memberId: string,
    purpose: WebauthnChallengesTable['purpose'],
    boundTo: string,
    clientDataJSON: string,
  ): Promise<string | null> {
    const challenge = challengeOf(clientDataJSON);
    if (!challenge) return null;
    const taken = await consumeChallenge(
      db,
      { memberId, purpose, boundTo, challengeHash: hashToken(challenge) },
      clock.now(),
    );
    return taken ? challenge : null;
  }

  return { rp, newChallenge, takeChallenge };
}

export type PasskeyCeremony = ReturnType<typeof passkeyCeremony>;
