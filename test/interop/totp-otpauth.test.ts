/**
 * Interoperability: our TOTP (second-factor/totp.ts, written with node:crypto
 * only) agrees with an independent implementation, the `otpauth` package, for
 * the same secrets over a long run of time steps, and the `otpauth://` URI we
 * show at setup parses with it to the same secret, issuer, label, digits and period.
 */
import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  matchTotp,
  newTotpSecret,
  totp,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  totpUri,
} from '../../src/server/features/second-factor/totp.js';
import { atScale, recordProof } from '../support/proof.js';

const STEPS = atScale(500, 5000);
const SECRETS = 4;
// A start far from the epoch, and a few seconds into a step, so both the step
// number's upper bytes and the rounding inside a step are exercised.
const START_MS = Date.UTC(2026, 0, 1) + 7_000;

describe('TOTP against the otpauth package', () => {
  it(`gives the same codes over ${STEPS} time steps for each of ${SECRETS} secrets`, () => {
    let compared = 0;
    let differing = 0;
    let refused = 0;
    for (let s = 0; s < SECRETS; s += 1) {
      const secret = newTotpSecret();
      const theirs = new OTPAuth.TOTP({
        secret: OTPAuth.Secret.fromBase32(secret),
        algorithm: 'SHA1',
        digits: TOTP_DIGITS,
        period: TOTP_PERIOD_SECONDS,
      });
      const key = base32Decode(secret);
      for (let step = 0; step < STEPS; step += 1) {
        const at = START_MS + step * TOTP_PERIOD_SECONDS * 1000;
        const expected = theirs.generate({ timestamp: at });
        compared += 1;
        if (totp(key, at) !== expected) differing += 1;
        // Our verifier accepts their code at the same moment.
        if (matchTotp(secret, expected, at) === null) refused += 1;
      }
    }
    recordProof({
      row: 'TOTP against otpauth',
      figure: `${compared} codes compared; differing ${differing}; refused ${refused}`,
      bar: 'differing 0, refused 0',
      met: differing === 0 && refused === 0,
    });
    expect(compared).toBe(STEPS * SECRETS);
    expect(differing).toBe(0);
    expect(refused).toBe(0);
  });

  it('agrees where the code changes: the last and first second of a step', () => {
    const secret = newTotpSecret();
    const theirs = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const key = base32Decode(secret);
    for (let step = 1; step < 50; step += 1) {
      const boundary = START_MS - 7_000 + step * TOTP_PERIOD_SECONDS * 1000;
      for (const at of [boundary - 1, boundary]) {
        expect(totp(key, at)).toBe(theirs.generate({ timestamp: at }));
      }
    }
  });

  it('writes an otpauth:// URI that otpauth parses to the same settings', () => {
    const secret = newTotpSecret();
    const account = 'alex+test@example.com';
    const parsed = OTPAuth.URI.parse(totpUri(secret, account));
    expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
    const parsedTotp = parsed as OTPAuth.TOTP;
    expect(parsedTotp.secret.base32).toBe(secret);
    expect(parsedTotp.issuer).toBe('Mend');
    expect(parsedTotp.label).toBe(account);
    expect(parsedTotp.digits).toBe(TOTP_DIGITS);
    expect(parsedTotp.period).toBe(TOTP_PERIOD_SECONDS);
    expect(parsedTotp.algorithm).toBe('SHA1');
    // And the parsed generator makes the codes we accept.
    const now = Date.now();
    expect(matchTotp(secret, parsedTotp.generate({ timestamp: now }), now)).not.toBeNull();
    recordProof({
      row: 'otpauth:// URI parsed by otpauth',
      figure: 'secret, issuer, label, digits, period, algorithm: all equal',
      bar: 'all equal',
      met: true,
    });
  });
});
