import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  newTotpSecret,
  totp,
  totpStep,
  totpUri,
} from './totp.js';

// RFC 6238 appendix B: the seeds are ASCII "1234567890" repeated to the hash's length.
const seed = (length: number) => Buffer.from('1234567890'.repeat(7).slice(0, length), 'ascii');
const RFC6238: [number, string, string, string][] = [
  // [unix seconds, SHA-1, SHA-256, SHA-512], eight digits
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238) and HOTP (RFC 4226)', () => {
  it('matches the RFC 4226 HOTP test values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expected.forEach((code, counter) => expect(hotp(seed(20), counter)).toBe(code));
  });

  it.each(RFC6238)('matches the RFC 6238 vectors at T=%i', (seconds, sha1, sha256, sha512) => {
    const ms = seconds * 1000;
    expect(totp(seed(20), ms, { digits: 8, algorithm: 'sha1' })).toBe(sha1);
    expect(totp(seed(32), ms, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totp(seed(64), ms, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('round-trips base32 (RFC 4648) and makes 160-bit secrets', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });

  it('accepts the step before and after, nothing further, and names the step', () => {
    const secret = base32Encode(seed(20));
    const now = 1_700_000_015_000;
    const step = totpStep(now);
    const at = (s: number) => totp(seed(20), s * 30_000);
    expect(matchTotp(secret, at(step), now)).toBe(step);
    expect(matchTotp(secret, at(step - 1), now)).toBe(step - 1);
    expect(matchTotp(secret, at(step + 1), now)).toBe(step + 1);
    expect(matchTotp(secret, at(step - 2), now)).toBeNull();
    expect(matchTotp(secret, at(step + 2), now)).toBeNull();
    expect(matchTotp(secret, '12345', now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
  });

  it('writes an otpauth URI with issuer and account', () => {
    const text = totpUri('JBSWY3DPEHPK3PXP', 'robin@example.test');
    expect(text.startsWith('otpauth://totp/Mend:robin%40example.test?')).toBe(true);
    const uri = new URL(text);
    expect(uri.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(uri.searchParams.get('issuer')).toBe('Mend');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(uri.searchParams.get('digits')).toBe('6');
  });
});
