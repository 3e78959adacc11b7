/**
 * The private safety check: answered before creating or joining a space and
 * again from settings at any time. Answers, concern and choice are one
 * encrypted record readable only through this member's own session. The
 * partner, a therapist or the operator have no route to it.
 */
import type { z } from 'zod';
import type {
  SafetyAnswers as SafetyAnswersSchema,
  SafetyStatus,
} from '../../../contract/safety.js';
import {
  countryFromTimeZone,
  raisesConcern,
  safetyGate,
  type SafetyAnswers,
  type SafetyChoice,
  type SafetyState,
} from '../../../domain/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { findMemberById } from '../accounts/reads.js';
import {
  findSafetyCheck,
  replaceSafetyAnswers,
  safetyCheckForUpdate,
  upsertSafetyCheck,
} from './queries.js';

interface StoredCheck {
  answers: SafetyAnswers;
  choice: SafetyChoice | null;
}

export function safetyService(deps: Deps) {
  const { db, clock, cipher, log } = deps;

  function readCheck(row: { id: string; answers: string; createdAt: string }, memberId: string) {
    const stored = JSON.parse(
      cipher.decrypt(row.answers, { rowId: row.id, memberId }),
    ) as StoredCheck;
    return { id: row.id, createdAt: row.createdAt, ...stored };
  }

  async function current(memberId: string) {
    const row = await findSafetyCheck(db, memberId);
    return row ? readCheck(row, memberId) : null;
  }

  async function status(memberId: string): Promise<z.input<typeof SafetyStatus>> {
    const check = await current(memberId);
    const member = await findMemberById(db, memberId);
    const state: SafetyState | null = check
      ? { answers: check.answers, choice: check.choice }
      : null;
    return {
      completed: check !== null,
      concern: check ? raisesConcern(check.answers) : false,
      choice: check?.choice ?? null,
      jointFeatures: safetyGate(state, 'joint') === 'open',
      answeredAt: check?.createdAt ?? null,
      answers: check?.answers ?? null,
      suggestedCountry: member ? countryFromTimeZone(member.timeZone) : null,
    };
  }

  return {
    status: (actor: Actor) => status(actor.memberId),

    async submit(actor: Actor, answers: z.output<typeof SafetyAnswersSchema>) {
      const now = clock.now();
      const id = newId(now.getTime());
      const stored: StoredCheck = { answers, choice: null };
      // Answering again replaces the one record: a retry leaves one, not two.
      await upsertSafetyCheck(db, {
        id,
        memberId: actor.memberId,
        answers: cipher.encrypt(JSON.stringify(stored), { rowId: id, memberId: actor.memberId }),
        createdAt: now.toISOString(),
      });
      // The log says that a check was answered, never what it said.
      log.info({ memberId: actor.memberId }, 'safety check answered');
      return status(actor.memberId);
    },

    async choose(actor: Actor, choice: SafetyChoice) {
      // Held for the transaction, so answers given at the same moment are not
      // overwritten with the older ones.
      await db.transaction().execute(async (trx) => {
        const row = await safetyCheckForUpdate(trx, actor.memberId);
        if (!row) throw conflict('safety-check-required', 'Please answer the safety check first');
        const check = readCheck(row, actor.memberId);
        const stored: StoredCheck = { answers: check.answers, choice };
        await replaceSafetyAnswers(
          trx,
          actor.memberId,
          check.id,
          cipher.encrypt(JSON.stringify(stored), { rowId: check.id, memberId: actor.memberId }),
        );
      });
      return status(actor.memberId);
    },

    /** Throws unless the member may take a solo or joint step now. */
    async requireOpen(memberId: string, kind: 'solo' | 'joint'): Promise<void> {
      const check = await current(memberId);
      const gate = safetyGate(
        check ? { answers: check.answers, choice: check.choice } : null,
        kind,
      );
      switch (gate) {
        case 'open':
          return;
        case 'check-required':
          throw new AppError({
            code: 'safety-check-required',
            title: 'Please answer the short safety check first',
            detail: 'It takes a minute, and your answers stay private to you.',
          });
        case 'choice-required':
          throw new AppError({
            code: 'safety-choice-required',
            title: 'Please choose how you would like to go on',
            detail:
              'Your safety check raised a concern. You can continue on your own, or go on together.',
          });
        case 'alone':
          throw new AppError({
            code: 'joint-features-paused',
            title: 'You chose to continue on your own',
            detail:
              'Inviting a partner or a therapist is paused. You can change this in your safety settings at any time.',
          });
      }
    },
  };
}

export type SafetyService = ReturnType<typeof safetyService>;
