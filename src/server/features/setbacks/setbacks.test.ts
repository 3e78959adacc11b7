import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  call,
  logSetback,
  ok,
  problem,
  proposeAgreement,
  recordBreach,
  respond,
  writeAcknowledgment,
} from '../../../../test/repair/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { setbackOperations } from '../../../contract/operations/setbacks.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type SetbackBody = AnswerOf<typeof setbackOperations.getSetback>['setback'];

describeEachDatabase('setbacks', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  it('logs a setback of any kind with its own severity, seen by both', async () => {
    const breachId = await recordBreach(t, couple.a);
    const agreement = await proposeAgreement(t, couple.b);
    const id = await logSetback(t, couple.a, {
      kind: 'broken-agreement',
      severity: 'severe',
      note: 'I checked the phone again.',
      breachId,
      agreementId: agreement.id,
    });
    const seen = await ok<{ setback: SetbackBody }>(call(t, couple.b, 'GET', `/setbacks/${id}`));
    expect(seen.setback).toMatchObject({
      loggedBy: couple.a.id,
      kind: 'broken-agreement',
      severity: 'severe',
      day: '2026-03-09',
      note: 'I checked the phone again.',
      breachId,
      agreementId: agreement.id,
    });
    for (const k of ['new-breach', 'discovery', 'hard-day'])
      await logSetback(t, couple.b, { kind: k });
    const list = await ok<{ items: SetbackBody[] }>(call(t, couple.a, 'GET', '/setbacks'));
    expect(list.items).toHaveLength(4);
  });

  it('deletes and resets nothing: the path and everything written stay', async () => {
    const breachId = await recordBreach(t, couple.a);
    await respond(t, couple.b, await writeAcknowledgment(t, couple.a, breachId));
    const before = await ok<{ steps: { status: string }[] }>(call(t, couple.a, 'GET', '/path'));
    expect(before.steps[0]?.status).toBe('reached');
    await logSetback(t, couple.b, { kind: 'discovery', severity: 'severe' });
    const after = await ok<{ steps: { status: string }[] }>(call(t, couple.a, 'GET', '/path'));
    expect(after.steps[0]?.status).toBe('reached');
    const timeline = await ok<{ items: { kind: string }[] }>(call(t, couple.a, 'GET', '/timeline'));
    expect(timeline.items.map((i) => i.kind)).toContain('setback-logged');
    expect(timeline.items.map((i) => i.kind)).toContain('acknowledgment-answered');
  });

  it('refuses unknown kinds and severities, future days and oversize notes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'relapse' }, 'kind'],
      [{ severity: 'huge' }, 'severity'],
      [{ day: '2026-03-11' }, 'day'],
      [{ note: 'x'.repeat(4001) }, 'note'],
      [{ deletedAt: '2026-03-10' }, 'deletedAt'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await problem(
        call(t, couple.a, 'POST', '/setbacks', {
          kind: 'hard-day',
          severity: 'minor',
          day: '2026-03-10',
          ...overrides,
        }),
        422,
        'validation-failed',
      );
      expect(answer.errors?.map((e) => e.field)).toContain(field);
    }
    expect((await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/setbacks'))).items).toEqual(
      [],
    );
  });

  it('has no route to change or delete a setback', async () => {
    const id = await logSetback(t, couple.a);
    for (const method of ['PATCH', 'DELETE', 'PUT'] as const) {
      const answer = await call(t, couple.a, method, `/setbacks/${id}`, {});
      expect(answer.statusCode).toBe(404);
    }
    expect(
      (await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/setbacks'))).items,
    ).toHaveLength(1);
  });

  it('answers 404 for another couple’s setback, breach or agreement', async () => {
    const other = await createCouple(t);
    const theirs = await logSetback(t, other.a);
    const theirBreach = await recordBreach(t, other.a);
    const theirAgreement = await proposeAgreement(t, other.a);
    await problem(call(t, couple.a, 'GET', `/setbacks/${theirs}`), 404, 'not-found');
    for (const ref of [{ breachId: theirBreach }, { agreementId: theirAgreement.id }]) {
      await problem(
        call(t, couple.a, 'POST', '/setbacks', {
          kind: 'hard-day',
          severity: 'minor',
          day: '2026-03-10',
          ...ref,
        }),
        404,
        'not-found',
      );
    }
    expect((await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/setbacks'))).items).toEqual(
      [],
    );
  });
});
