import { describe, expect, it } from 'vitest';
import { EMAIL_MAX, emailProblem } from './email-address.js';

describe('emailProblem', () => {
  it('accepts ordinary addresses, spaces around them included', () => {
    for (const ok of ['a@b.org', ' Robin.Lee+guide@mail.example.co.uk ', 'ü@例え.テスト'])
      expect(emailProblem(ok), ok).toBeNull();
  });

  it('asks for an address when there is none', () => {
    expect(emailProblem('   ')).toBe('Enter your e-mail address');
  });

  it('refuses what cannot be an address, with one sentence', () => {
    const bad = [
      'robin',
      'robin@',
      '@example.org',
      'robin@example',
      'a b@example.org',
      'a@b@example.org',
      '<script>@x.org',
      `${'a'.repeat(EMAIL_MAX)}@x.org`,
    ];
    for (const typed of bad)
      expect(emailProblem(typed), typed).toBe('Enter an e-mail address like name@example.org');
  });
});
