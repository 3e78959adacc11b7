/**
 * One demo couple's year, played through the app's own API on a test clock
 * that moves a day at a time: the same requests two phones would send, so
 * every entry is validated, encrypted and audited like a real one.
 *
 * The hurt partner found out about an affair on day 0. The first weeks are the
 * repair phase (acknowledgment, impact statement, apology, agreements, first
 * talks); then the partner who broke trust keeps two commitments, both check
 * in on most days, notes and needs come in, a setback around month five
 * shakes things for a few weeks, and the hurt partner's ratings climb,
 * roughly logarithmically, from about 2 to about 5 of 7.
 */
import type { FastifyInstance } from 'fastify';
import { operations } from '../../contract/operations/index.js';
import { AFFIRMATIONS } from '../../contract/kindness/affirmations.js';
import { addDays, dayIn } from '../../domain/calendar.js';
import { FORGIVENESS_ITEMS, reflectionPeriod } from '../../domain/forgiveness.js';
import type { ManualClock } from '../../server/platform/clock.js';
import * as words from './phrases.js';
import type { Random } from './random.js';
import { instantAt, weekdayOf } from './time.js';
import { RequestFailed, Visitor, type RequestTally } from './visitor.js';

const op = operations;

export interface Credentials {
  displayName: string;
  email: string;
  password: string;
}

export interface CoupleSetup {
  app: FastifyInstance;
  publicUrl: string;
  clock: ManualClock;
  random: Random;
  tally: RequestTally;
  /** 1, 2, …: names the e-mail addresses and the devices' addresses. */
  number: number;
  hurt: Credentials;
  brokeTrust: Credentials;
  timeZone: string;
  /** Days from the breach to today; the script plays days 0 … days. */
  days: number;
  /** The real now: the last day's events happen no later than this. */
  now: Date;
}

/** What a finished couple holds, for the summary and the tests. */
export interface CoupleResult {
  spaceId: string;
  firstDay: string;
  setbackDay: string | null;
  checkIns: number;
  marks: number;
}

/** A member on their own phone; signs in again if the server ended the session. */
class Partner {
  id = '';
  readonly visitor: Visitor;

  constructor(
    setup: CoupleSetup,
    readonly who: Credentials,
    address: string,
  ) {
    this.visitor = new Visitor(setup.app, setup.publicUrl, address, setup.tally);
  }

  get name(): string {
    return this.who.displayName;
  }

  call: Visitor['call'] = async (operation, ...request) => {
    try {
      return await this.visitor.call(operation, ...request);
    } catch (error) {
      if (!(error instanceof RequestFailed) || error.status !== 401 || !this.id) throw error;
      this.visitor.forgetSession();
      await this.visitor.call(op.signIn, {
        body: { email: this.who.email, password: this.who.password },
      });
      return this.visitor.call(operation, ...request);
    }
  };
}

/** The level the hurt partner's trust ratings follow: ~2 on day 0, ~5 after a year. */
export function trustCurve(day: number): number {
  return 2 + (3 * Math.log(1 + day / 14)) / Math.log(1 + 365 / 14);
}

const clampRating = (value: number, max = 7) => Math.min(max, Math.max(1, Math.round(value)));

/** The day of the setback: around month five of a year, proportionally earlier in a shorter run. */
export function setbackDayOf(days: number): number | null {
  if (days < 10) return null;
  return days >= 180 ? 150 : Math.round(days * 0.45);
}

export async function playCouple(setup: CoupleSetup): Promise<CoupleResult> {
  const where = { day: '' };
  try {
    return await play(setup, where);
  } catch (error) {
    // Which couple and day a refusal came on: a changed rule shows where the story breaks it.
    if (error instanceof Error)
      error.message = `demo couple ${setup.number}, ${where.day}: ${error.message}`;
    throw error;
  }
}

async function play(setup: CoupleSetup, where: { day: string }): Promise<CoupleResult> {
  const { clock, random, timeZone, days } = setup;
  const address = (partner: number) =>
    `10.${(setup.number >> 8) & 255}.${setup.number & 255}.${partner}`;
  const hurt = new Partner(setup, setup.hurt, address(1));
  const broke = new Partner(setup, setup.brokeTrust, address(2));

  const today = dayIn(setup.now, timeZone);
  const firstDay = addDays(today, -days);
  const setbackAt = setbackDayOf(days);
  /** Later milestones of a year, proportionally earlier in a shorter run. */
  const scaled = (day: number) => (days >= 365 ? day : Math.round((day * days) / 365));

  let lastInstant = 0;
  let day = firstDay;
  where.day = day;
  /** Moves the clock to a wall-clock time of the current day (never past the real now). */
  const at = (hours: number, minutes = 0) => {
    const wanted = instantAt(day, hours * 60 + minutes, timeZone).getTime();
    const next = Math.max(Math.min(wanted, setup.now.getTime()), lastInstant + 1);
    lastInstant = next;
    clock.set(new Date(next));
  };
  const jitter = () => random.int(0, 40);

  const result: CoupleResult = {
    spaceId: '',
    firstDay,
    setbackDay: setbackAt === null ? null : addDays(firstDay, setbackAt),
    checkIns: 0,
    marks: 0,
  };

  // Day 0: both sign up and answer the safety check; the hurt partner makes the
  // space and invites; that evening they record what came to light.
  at(9, jitter());
  const signUp = async (partner: Partner) => {
    // The demo runs without SMTP (demo.ts clears SMTP_URL): sign-up signs in at once.
    const answer = await partner.call(op.signUp, {
      body: {
        email: partner.who.email,
        displayName: partner.who.displayName,
        password: partner.who.password,
        timeZone,
      },
    });
    if (!('member' in answer)) throw new Error('The demo needs a server without SMTP_URL');
    partner.id = answer.member.id;
    await partner.call(op.submitSafetyCheck, {
      body: {
        answers: { afraid: 'no', hurtOrThreatened: 'no', controlled: 'no', freeToSayNo: 'yes' },
      },
    });
  };
  await signUp(hurt);
  const { space } = await hurt.call(op.createSpace);
  result.spaceId = space.id;
  const invite = await hurt.call(op.createInvite);
  at(10, jitter());
  await signUp(broke);
  await broke.call(op.acceptInvite, { body: { token: invite.token } });

  at(21, jitter());
  const { breach } = await hurt.call(op.recordBreach, {
    body: {
      title: words.BREACH.title,
      category: 'infidelity',
      description: words.BREACH.description,
      day,
      cameToLight: 'discovered',
      brokeTrust: 'partner',
    },
  });
  await hurt.call(op.rateBreachSeverity, {
    params: { breachId: breach.id },
    body: { severity: 'severe', visibility: 'shared' },
  });

  // What the days carry from one to the next.
  let impactStatementId = '';
  let firstApologyId = '';
  let dailyId = '';
  let weeklyId = '';
  let noContactId = '';
  let lateAgreementVersion = '';
  let lateAgreementId = '';
  const hurtNeeds: string[] = [];
  let brokeNeed = '';
  let reflectionPeriodUsed: number | null = null;
  const questionsToAnswer: { commitmentId: string; day: string }[] = [];
  const reassuranceDays = new Set([scaled(45), scaled(230)]);
  if (setbackAt !== null) reassuranceDays.add(setbackAt + 2);
  let nextTalk = 7;
  let noise = 0;

  for (let dayNumber = 0; dayNumber <= days; dayNumber++) {
    day = addDays(firstDay, dayNumber);
    where.day = day;
    const t = dayNumber;
    const weekday = weekdayOf(day);
    const weekend = weekday >= 6;
    const sinceSetback = setbackAt !== null && t >= setbackAt ? t - setbackAt : null;
    const dip = sinceSetback === null ? 0 : 1.7 * Math.exp(-sinceSetback / 20);
    const beforeSetback = setbackAt !== null && t < setbackAt && t >= setbackAt - 12;
    noise = 0.8 * noise + random.normal(0, 0.21);
    const level = trustCurve(t) - dip + noise;
    const progress = Math.min(1, t / 365);

    // The repair phase, on the days it happened.
    if (t === 1) {
      at(22, jitter());
      await broke.call(op.rateBreachSeverity, {
        params: { breachId: breach.id },
        body: { severity: 'severe' },
      });
    }
    if (t === 2) {
      at(20, jitter());
      await broke.call(op.writeAcknowledgment, {
        params: { breachId: breach.id },
        body: { text: words.ACKNOWLEDGMENTS.first },
      });
    }
    if (t === 3) {
      at(7, 30);
      const { commitment } = await broke.call(op.makeCommitment, {
        body: { text: words.COMMITMENTS.daily, schedule: { kind: 'daily' } },
      });
      dailyId = commitment.id;
      at(20, jitter());
      const { items } = await hurt.call(op.listAcknowledgments, {
        params: { breachId: breach.id },
      });
      const latest = items[items.length - 1];
      if (latest) {
        await hurt.call(op.respondToAcknowledgment, {
          params: { acknowledgmentId: latest.id },
          body: { verdict: 'something-missing', comment: words.ACKNOWLEDGMENTS.missing },
        });
      }
    }
    if (t === 4) {
      at(19, jitter());
      const { impactStatement } = await hurt.call(op.writeImpactStatement, {
        params: { breachId: breach.id },
        body: { text: words.IMPACT_STATEMENT },
      });
      impactStatementId = impactStatement.id;
      at(22, jitter());
      await broke.call(op.writeAcknowledgment, {
        params: { breachId: breach.id },
        body: { text: words.ACKNOWLEDGMENTS.second },
      });
    }
    if (t === 5) {
      at(20, jitter());
      const { items } = await hurt.call(op.listAcknowledgments, {
        params: { breachId: breach.id },
      });
      const latest = items[items.length - 1];
      if (latest) {
        await hurt.call(op.respondToAcknowledgment, {
          params: { acknowledgmentId: latest.id },
          body: { verdict: 'accurate' },
        });
      }
    }
    if (t === 6) {
      at(19, jitter());
      const { agreement } = await hurt.call(op.proposeAgreement, {
        body: { text: words.AGREEMENTS.noContact },
      });
      noContactId = agreement.id;
      at(21, jitter());
      if (agreement.pending) {
        await broke.call(op.acceptAgreementVersion, {
          params: { versionId: agreement.pending.id },
        });
      }
    }
    if (t === 8) {
      at(21, jitter());
      const { apology } = await broke.call(op.writeApology, {
        params: { breachId: breach.id },
        body: { impactStatementId, parts: words.APOLOGIES.first },
      });
      firstApologyId = apology.id;
    }
    if (t === 9) {
      at(20, jitter());
      await hurt.call(op.rateApology, {
        params: { apologyId: firstApologyId },
        body: { understood: 3, anotherTry: true, comment: words.APOLOGIES.firstComment },
      });
    }
    if (t === 10) {
      at(18, jitter());
      const { agreement } = await broke.call(op.proposeAgreement, {
        body: { text: words.AGREEMENTS.openPhone },
      });
      at(22, jitter());
      if (agreement.pending) {
        await hurt.call(op.acceptAgreementVersion, { params: { versionId: agreement.pending.id } });
      }
      at(22, 30);
      reflectionPeriodUsed = await reflect(hurt, 'early');
    }
    if (t === 13) {
      at(21, jitter());
      const { apology } = await broke.call(op.writeApology, {
        params: { breachId: breach.id },
        body: { impactStatementId, parts: words.APOLOGIES.second },
      });
      at(22, 10);
      await hurt.call(op.rateApology, {
        params: { apologyId: apology.id },
        body: { understood: 6, anotherTry: false },
      });
    }
    if (t === 16) {
      at(19, jitter());
      const { agreement } = await broke.call(op.proposeAgreement, {
        body: { text: words.AGREEMENTS.lateFirst },
      });
      lateAgreementId = agreement.id;
      lateAgreementVersion = agreement.pending?.id ?? '';
    }
    if (t === 17 && lateAgreementVersion) {
      at(20, jitter());
      await hurt.call(op.declineAgreementVersion, {
        params: { versionId: lateAgreementVersion },
        body: { comment: words.AGREEMENTS.lateDecline },
      });
    }
    if (t === 18) {
      if (lateAgreementId) {
        at(12, jitter());
        const { agreement } = await broke.call(op.proposeAgreementChange, {
          params: { agreementId: lateAgreementId },
          body: { text: words.AGREEMENTS.lateRevised },
        });
        at(21, jitter());
        if (agreement.pending) {
          await hurt.call(op.acceptAgreementVersion, {
            params: { versionId: agreement.pending.id },
          });
        }
      }
      at(21, 45);
      for (const [category, text, importance] of [
        ['transparency', words.NEEDS.hurtTransparency, 3],
        ['reassurance', words.NEEDS.hurtReassurance, 2],
        ['quality-time', words.NEEDS.hurtQualityTime, 2],
      ] as const) {
        const { need } = await hurt.call(op.createNeed, { body: { category, text, importance } });
        hurtNeeds.push(need.id);
      }
      const { need } = await broke.call(op.createNeed, {
        body: { category: 'quality-time', text: words.NEEDS.brokeQualityTime, importance: 2 },
      });
      brokeNeed = need.id;
    }
    if (t === 20) {
      at(20, jitter());
      for (const needId of hurtNeeds) {
        await broke.call(op.acknowledgeNeed, { params: { needId } });
      }
    }
    if (t === 21) {
      at(9, jitter());
      const { commitment } = await broke.call(op.makeCommitment, {
        body: {
          text: words.COMMITMENTS.weekly,
          schedule: { kind: 'weekdays', weekdays: [7] },
          ...(hurtNeeds[2] ? { needId: hurtNeeds[2] } : {}),
        },
      });
      weeklyId = commitment.id;
    }
    if (t === Math.min(28, days)) {
      // A month in, the hurt partner lets the other see the forecast too.
      at(21, 50);
      await hurt.call(op.setForecastSharing, { body: { shared: true } });
    }
    if (t === 22 && brokeNeed) {
      at(21, jitter());
      await hurt.call(op.acknowledgeNeed, { params: { needId: brokeNeed } });
    }

    // Answers to the questions the hurt partner asked about marks, next morning.
    if (questionsToAnswer.length > 0) {
      at(7, 45);
      for (const question of questionsToAnswer.splice(0)) {
        await broke.call(op.answerReview, {
          params: { commitmentId: question.commitmentId, day: question.day },
          body: { text: random.pick(words.REVIEW_ANSWERS) },
        });
      }
    }

    // Morning: a note or a gesture from the partner who broke trust, more often as months pass.
    const notesToday: string[] = [];
    if (t >= 2 && random.chance(0.22 + 0.18 * progress)) {
      at(8, jitter());
      const gesture = random.chance(0.3);
      const { note } = await broke.call(op.sendNote, {
        body: gesture
          ? {
              kind: 'gesture',
              gestureKind: random.pick([
                'affection',
                'quality-time',
                'help',
                'being-available',
              ] as const),
              text: random.pick(words.GESTURE_WORDS),
            }
          : { kind: 'note', text: random.pick(words.KIND_NOTES) },
      });
      notesToday.push(note.id);
    }
    if (t >= scaled(60) && t > 3 && random.chance(0.05 + 0.05 * progress)) {
      at(12, jitter());
      const { note } = await hurt.call(op.sendNote, {
        body: { kind: 'note', text: random.pick(words.HURT_NOTES) },
      });
      at(13, jitter());
      if (random.chance(0.9)) await broke.call(op.appreciateNote, { params: { noteId: note.id } });
    }

    // Midday: now and then the hurt partner asks for reassurance; it is answered with an affirmation.
    if (t > 3 && reassuranceDays.has(t)) {
      at(12, jitter());
      const { request } = await hurt.call(op.askForReassurance);
      at(13, 30 + jitter());
      const phrase = random.pick(AFFIRMATIONS);
      await broke.call(op.sendNote, {
        body: {
          kind: 'affirmation',
          phraseId: phrase.id,
          text: phrase.text,
          answersRequestId: request.id,
        },
      });
    }

    // The setback: something more came to light. Logged, reported against the
    // agreement it broke, talked about the next day; nothing is wiped.
    if (setbackAt !== null && t === setbackAt) {
      at(20, jitter());
      await hurt.call(op.logSetback, {
        body: {
          kind: 'discovery',
          severity: 'moderate',
          day,
          note: words.SETBACK.note,
          breachId: breach.id,
          ...(noContactId ? { agreementId: noContactId } : {}),
        },
      });
      if (noContactId) {
        await hurt.call(op.reportAgreementBreak, {
          params: { agreementId: noContactId },
          body: { day, note: words.SETBACK.reportNote },
        });
      }
      nextTalk = t + 1;
    }

    // Evening: the commitments' marks (most days kept, better as months pass,
    // worse in the weeks around the setback).
    const keepChance = Math.max(
      0.4,
      0.74 + 0.22 * (1 - Math.exp(-t / 90)) - (beforeSetback ? 0.25 : 0) - dip * 0.12,
    );
    const marked: { commitmentId: string; outcome: 'kept' | 'missed' }[] = [];
    const mark = async (commitmentId: string, extra = 0) => {
      if (!random.chance(0.95)) return; // forgotten: the day stays unmarked
      const outcome = random.chance(Math.min(0.98, keepChance + extra)) ? 'kept' : 'missed';
      const note =
        outcome === 'missed' && random.chance(0.6)
          ? random.pick(words.MARK_NOTES.missed)
          : outcome === 'kept' && random.chance(0.1)
            ? random.pick(words.MARK_NOTES.kept)
            : undefined;
      await broke.call(op.markDay, {
        params: { commitmentId, day },
        body: { outcome, ...(note ? { note } : {}) },
      });
      marked.push({ commitmentId, outcome });
      result.marks += 1;
    };
    if (dailyId && t >= 3) {
      at(18, jitter());
      await mark(dailyId);
    }
    if (weeklyId && weekday === 7 && t > 21) {
      at(22, jitter());
      await mark(weeklyId, 0.04);
    }

    // A conversation every week or so, rated by both; safer and better heard with time.
    if (t === nextTalk && t <= days) {
      at(20, 30 + jitter());
      const { conversation } = await (random.chance(0.6) ? hurt : broke).call(op.logConversation, {
        body: {
          day,
          topic: random.pick(words.CONVERSATION_TOPICS),
          minutes: random.int(20, 75),
          startedBy: random.chance(0.5) ? 'me' : 'partner',
          breachId: breach.id,
        },
      });
      for (const [partner, base] of [
        [hurt, level + 1],
        [broke, 4.5 + progress - dip * 0.5],
      ] as const) {
        if (partner === hurt || random.chance(0.9)) {
          const note = random.chance(0.3)
            ? { text: random.pick(words.CONVERSATION_NOTES), visibility: 'shared' as const }
            : undefined;
          await partner.call(op.rateConversation, {
            params: { conversationId: conversation.id },
            body: {
              feltSafe: clampRating(base + random.normal(0, 0.6)),
              feltHeard: clampRating(base + random.normal(0, 0.6)),
              ...(note ? { note } : {}),
            },
          });
        }
      }
      nextTalk = t + (t < 60 ? random.int(5, 9) : random.int(7, 14));
    }

    // Check-ins, each partner on their own: about a third of days go without (more at weekends).
    const checkInChance = (weekend ? 0.55 : 0.7) + (t < 30 ? 0.1 : 0);
    if (random.chance(checkInChance)) {
      at(21, jitter());
      const item = (offset: number) => clampRating(level + offset + random.normal(0, 0.45));
      const note = random.chance(0.25)
        ? {
            text: random.pick(
              t < 60
                ? words.HURT_CHECK_IN_NOTES.early
                : t < 200
                  ? words.HURT_CHECK_IN_NOTES.middle
                  : words.HURT_CHECK_IN_NOTES.late,
            ),
            visibility: random.chance(0.6) ? ('private' as const) : ('shared' as const),
          }
        : undefined;
      await hurt.call(op.putCheckIn, {
        body: {
          trust: item(0),
          honesty: item(-0.2),
          reliability: item(marked.some((m) => m.outcome === 'missed') ? -0.6 : 0.2),
          openness: item(0.1),
          safety: clampRating(level + 1.5 + random.normal(0, 0.5)),
          reassured: clampRating(level - 0.2 + random.normal(0, 0.6)),
          effort: clampRating(3 + progress + random.normal(0, 0.7), 5),
          talkedOpenly: random.chance(0.3 + 0.4 * progress),
          ...(note ? { note } : {}),
        },
      });
      result.checkIns += 1;
    }
    if (random.chance(checkInChance)) {
      at(21, 30 + jitter());
      const note = random.chance(0.15)
        ? { text: random.pick(words.BROKE_CHECK_IN_NOTES), visibility: 'shared' as const }
        : undefined;
      await broke.call(op.putCheckIn, {
        body: {
          trust: clampRating(5.3 + random.normal(0, 0.6)),
          honesty: clampRating(5.6 + random.normal(0, 0.6)),
          reliability: clampRating(5.2 + random.normal(0, 0.6)),
          openness: clampRating(3.6 + 2.2 * progress - dip * 0.4 + random.normal(0, 0.6)),
          safety: clampRating(5.5 + random.normal(0, 0.5)),
          reassured: clampRating(3 + 2.5 * progress - dip * 0.5 + random.normal(0, 0.6)),
          effort: clampRating(4.3 + random.normal(0, 0.5), 5),
          // "How much do you think your partner trusts you today?": close to the
          // hurt partner's level, a little below it, and noisier.
          perceivedTrust: clampRating(level - 0.4 + random.normal(0, 0.7)),
          talkedOpenly: random.chance(0.35 + 0.35 * progress),
          ...(note ? { note } : {}),
        },
      });
      result.checkIns += 1;
    }

    // Late evening: the hurt partner reads the day: appreciates notes, confirms
    // or questions a mark now and then.
    if (notesToday.length > 0 || marked.length > 0) at(22, 30 + jitter());
    for (const noteId of notesToday) {
      if (random.chance(0.6 + 0.3 * progress)) {
        await hurt.call(op.appreciateNote, { params: { noteId } });
      }
    }
    for (const { commitmentId, outcome } of marked) {
      const question = outcome === 'kept' && random.chance(t < 90 ? 0.06 : 0.02);
      if (question) {
        await hurt.call(op.reviewMark, {
          params: { commitmentId, day },
          body: { verdict: 'questioned', note: random.pick(words.REVIEW_QUESTIONS) },
        });
        questionsToAnswer.push({ commitmentId, day });
      } else if (random.chance(t < 60 ? 0.45 : 0.25)) {
        await hurt.call(op.reviewMark, {
          params: { commitmentId, day },
          body: { verdict: 'confirmed' },
        });
      }
    }

    // Near the end: a second reflection (in a later 30-day period than the
    // first), and after a long enough year a forgiveness statement, shared.
    if (
      t === days - 3 &&
      reflectionPeriodUsed !== null &&
      reflectionPeriod(day) !== reflectionPeriodUsed
    ) {
      at(22, 50);
      await reflect(hurt, 'late');
    }
    if (t === days - 1 && days >= 240) {
      at(22, 55);
      await hurt.call(op.putForgivenessStatement, {
        body: { text: words.FORGIVENESS_STATEMENT, shared: true },
      });
    }
  }

  // Answered on the last morning, so no question waits.
  for (const question of questionsToAnswer.splice(0)) {
    await broke.call(op.answerReview, {
      params: { commitmentId: question.commitmentId, day: question.day },
      body: { text: random.pick(words.REVIEW_ANSWERS) },
    });
  }
  // The demo's own sessions end; whoever signs in starts a new one.
  await hurt.call(op.signOut);
  await broke.call(op.signOut);
  return result;

  /** A forgiveness reflection: much avoidance and resentment early, goodwill late. */
  async function reflect(partner: Partner, when: 'early' | 'late'): Promise<number> {
    const amount = {
      early: { avoidance: 4, resentment: 4, goodwill: 3 },
      late: { avoidance: 2, resentment: 1.5, goodwill: 4.5 },
    }[when];
    const answers = FORGIVENESS_ITEMS.map((item) => {
      const value = clampRating(amount[item.subscale] + random.normal(0, 0.5), 5);
      return item.reversed ? 6 - value : value;
    });
    const { reflection } = await partner.call(op.writeReflection, { body: { answers } });
    return reflectionPeriod(reflection.day);
  }
}
