/**
 * Account-security objects for the access matrix: for each named member, a
 * second session (from signing in again, which also leaves a new-sign-in
 * notice) and a passkey. Keys: `session:<role>`, `notice:<role>`,
 * `passkey:<role>`. Tests only.
 */
import { expect } from 'vitest';
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { authenticatorFor, registerPasskey } from './helpers.js';

export async function addAccountSecurityObjects(
  t: TestApp,
  objects: Record<string, string>,
  members: Record<string, TestMember>,
): Promise<void> {
  for (const [role, member] of Object.entries(members)) {
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/sessions',
      body: { email: member.email, password: member.password },
    });
    expect(again.statusCode, again.body).toBe(200);

    const sessions = await t.request({
      method: 'GET',
      url: '/api/v1/sessions',
      cookie: member.cookie,
    });
    const other = sessions
      .json<{ items: { id: string; current: boolean }[] }>()
      .items.find((s) => !s.current);
    objects[`session:${role}`] = other!.id;

    const notices = await t.request({
      method: 'GET',
      url: '/api/v1/notices',
      cookie: member.cookie,
    });
    objects[`notice:${role}`] = notices.json<{ items: { id: string }[] }>().items[0]!.id;

    const passkey = await registerPasskey(t, member, authenticatorFor(t));
    expect(passkey.statusCode, passkey.body).toBe(201);
    objects[`passkey:${role}`] = passkey.json<{ passkey: { id: string } }>().passkey.id;
  }
}
