import { describe, expect, it } from 'vitest';
import { minimumLength, passwordProblem } from './password-policy.js';

const common = new Set(['password', 'qwertyuiopasdfg', 'qwertyuiopas', 'monkey']);
const isCommon = (p: string) => common.has(p);
const withFactor = { hasSecondFactor: true };

describe('password policy', () => {
  it('asks for length, not composition', () => {
    expect(passwordProblem('short', isCommon)).toBe('too-short');
    expect(passwordProblem('all lower case words', isCommon)).toBeNull();
    expect(passwordProblem('x'.repeat(129), isCommon)).toBe('too-long');
  });

  it('needs 15 characters alone and 12 with a second factor', () => {
    expect(minimumLength({ hasSecondFactor: false })).toBe(15);
    expect(minimumLength(withFactor)).toBe(12);
    // 14 characters: too short alone, fine beside a second factor.
    expect(passwordProblem('lantern harbor', isCommon)).toBe('too-short');
    expect(passwordProblem('lantern harbor', isCommon, withFactor)).toBeNull();
    expect(passwordProblem('lantern harbour', isCommon)).toBeNull();
    // 11 characters is too short either way.
    expect(passwordProblem('lantern bay', isCommon, withFactor)).toBe('too-short');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🌊'.repeat(14), isCommon)).toBe('too-short');
    expect(passwordProblem('🌊'.repeat(11), isCommon, withFactor)).toBe('too-short');
  });

  it('refuses common passwords and their decorated forms', () => {
    expect(passwordProblem('QwertyuiopASDFG', isCommon)).toBe('too-common');
    expect(passwordProblem('QwertyuiopAS', isCommon, withFactor)).toBe('too-common');
    expect(passwordProblem('password1234567!', isCommon)).toBe('too-common');
    expect(passwordProblem('monkey2024!!!!!!', isCommon)).toBe('too-common');
    expect(passwordProblem('aaaaaaaaaaaaaaaa', isCommon)).toBe('too-common');
    expect(passwordProblem('monkey business at dawn', isCommon)).toBeNull();
  });
});
