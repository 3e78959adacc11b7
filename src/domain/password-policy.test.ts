import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

const common = new Set(['password', 'qwertyuiopas', 'monkey']);
const isCommon = (p: string) => common.has(p);

describe('password policy', () => {
  it('asks for length, not composition', () => {
    expect(passwordProblem('short', isCommon)).toBe('too-short');
    expect(passwordProblem('all lower case words', isCommon)).toBeNull();
    expect(passwordProblem('x'.repeat(129), isCommon)).toBe('too-long');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊', isCommon)).toBe('too-short');
  });

  it('refuses common passwords and their decorated forms', () => {
    expect(passwordProblem('QwertyuiopAS', isCommon)).toBe('too-common');
    expect(passwordProblem('password1234!', isCommon)).toBe('too-common');
    expect(passwordProblem('monkey2024!!!', isCommon)).toBe('too-common');
    expect(passwordProblem('aaaaaaaaaaaaaa', isCommon)).toBe('too-common');
    expect(passwordProblem('monkey business at dawn', isCommon)).toBeNull();
  });
});
