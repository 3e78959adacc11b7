/**
 * For the privacy-lifecycle test (test/privacy/plant.ts): turns TOTP on for
 * partner B, so the encrypted `totp_factors.secret` column holds a row, and
 * checks that the secret is stored encrypted, never as its base32 text.
 * Tests only.
 */
import { expect } from 'vitest';
import type { Couple } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { enableTotp } from './helpers.js';

export async function plantSecondFactor({ t, couple }: { t: TestApp; couple: Couple }) {
  const { secret } = await enableTotp(t, couple.b);
  const rows = await t.db.database.db.selectFrom('totpFactors').select('secret').execute();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.secret).not.toContain(secret);
}
