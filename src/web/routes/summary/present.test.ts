import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../api/types';
import { presentSummary } from './present';

const ME = '11111111-1111-4111-8111-111111111111';
const PARTNER = '22222222-2222-4222-8222-222222222222';
const THERAPIST = '33333333-3333-4333-8333-333333333333';
const BREACH = '44444444-4444-4444-8444-444444444444';
const APOLOGY = '55555555-5555-4555-8555-555555555555';
const ACK = '66666666-6666-4666-8666-666666666666';
const SPACE = '77777777-7777-4777-8777-777777777777';
const AT = '2026-11-02T20:15:00.000Z';

function exportWith(data: ExportDocument['data']): ExportDocument {
  return {
    format: 'mend-export',
    version: 1,
    exportedAt: AT,
    member: { id: ME, email: 'alex@example.test', displayName: 'Alex', timeZone: 'UTC' },
    space: { id: SPACE, partner: { id: PARTNER, displayName: 'Sam' } },
    data,
  };
}

const everything = exportWith({
  breaches: [
    {
      id: BREACH,
      spaceId: SPACE,
      recordedBy: PARTNER,
      title: 'The messages',
      category: 'emotional-affair',
      description: 'Months of messages.',
      day: '2026-10-01',
      cameToLight: 'discovered',
      brokeTrustId: ME,
      hurtId: PARTNER,
      mutual: false,
      therapistMaySee: true,
      createdAt: AT,
      updatedAt: AT,
    },
  ],
  acknowledgments: [
    {
      id: ACK,
      spaceId: SPACE,
      breachId: BREACH,
      authorId: ME,
      version: 1,
      text: 'I hid it.',
      createdAt: AT,
    },
  ],
  acknowledgment_responses: [
    {
      id: 'r1',
      acknowledgmentId: ACK,
      breachId: BREACH,
      authorId: PARTNER,
      verdict: 'something-missing',
      comment: 'The lying after.',
      createdAt: AT,
    },
  ],
  apologies: [
    {
      id: APOLOGY,
      spaceId: SPACE,
      breachId: BREACH,
      authorId: ME,
      version: 2,
      parts: {
        whatHappened: 'I wrote to her for months.',
        impact: 'You stopped sleeping.',
        responsibility: 'It was my choice.',
        whatWillChange: 'My phone is open to you.',
      },
      therapistMaySee: false,
      createdAt: AT,
    },
  ],
  apology_ratings: [
    {
      id: 'a1',
      apologyId: APOLOGY,
      breachId: BREACH,
      authorId: PARTNER,
      understood: 5,
      anotherTry: false,
      comment: null,
      createdAt: AT,
    },
  ],
  therapist_grants: [
    {
      id: 'g1',
      spaceId: SPACE,
      email: 'dr.lee@example.test',
      proposedBy: ME,
      proposedAt: AT,
      consentedBy: PARTNER,
      consentedAt: AT,
      declinedAt: null,
      therapistId: THERAPIST,
      acceptedAt: AT,
      revokedAt: null,
      revokedBy: null,
    },
  ],
  therapist_notes: [
    { id: 'n1', spaceId: SPACE, authorId: THERAPIST, text: 'Well done.', createdAt: AT },
  ],
  audit_events: [
    {
      id: 'e1',
      spaceId: SPACE,
      memberId: ME,
      action: 'data.exported',
      subject: null,
      createdAt: AT,
    },
    {
      id: 'e2',
      spaceId: SPACE,
      memberId: THERAPIST,
      action: 'therapist.read',
      subject: 'entries',
      createdAt: AT,
    },
  ],
  recovery_codes: Array.from({ length: 10 }, (_, index) => ({
    id: `c${index}`,
    createdAt: AT,
    usedAt: index < 2 ? AT : null,
  })),
  safety_checks: [
    {
      id: 's1',
      createdAt: AT,
      answers: { afraid: 'no', hurtOrThreatened: 'no', controlled: 'unsure', freeToSayNo: 'yes' },
      choice: 'go-on',
    },
  ],
  commitments_of_tomorrow: [
    { id: 'x1', spaceId: SPACE, ownerId: ME, details: { times: 3 }, createdAt: AT },
  ],
});

const allWords = (withSafety: boolean) =>
  JSON.stringify(presentSummary(everything, withSafety).sections);

describe('the printable summary', () => {
  it('says everything in words: no internal codes, no raw JSON, no bare ids', () => {
    const words = allWords(true);
    for (const code of [
      'emotional-affair',
      'something-missing',
      'data.exported',
      'therapist.read',
      'unsure',
      'go-on',
      BREACH,
      APOLOGY,
      SPACE,
    ]) {
      expect(words).not.toContain(code);
    }
    // No object of the export reaches the page as a JSON string.
    for (const section of presentSummary(everything, true).sections) {
      for (const entry of section.entries) {
        for (const [, value] of entry.facts) expect(value).not.toMatch(/[{}[\]"]/);
      }
    }
    expect(words).toContain('Emotional affair');
    expect(words).toContain('Something is missing');
    expect(words).toContain('You downloaded your data.');
  });

  it('lays an apology out as its four parts, with how understood the partner felt', () => {
    const apology = presentSummary(everything, false).sections.find((s) => s.id === 'apologies')!;
    const [entry] = apology.entries;
    expect(entry?.heading).toBe('Apology by You, version 2');
    expect(entry?.texts.map((t) => t.label)).toEqual([
      'What happened',
      'The impact',
      'Taking responsibility',
      'What will change',
    ]);
    expect(entry?.facts).toContainEqual(['About', 'The messages']);
    expect(entry?.facts).toContainEqual(['Sam felt understood', '5 of 7']);
  });

  it('names the therapist by their address, never as someone else', () => {
    const words = allWords(false);
    expect(words).toContain('Your therapist (dr.lee@example.test)');
    expect(words).toContain(
      'Your therapist, dr.lee@example.test, read the entries flagged for them.',
    );
    expect(words).not.toContain('Someone else');
  });

  it('puts ten recovery codes into one line, not ten blocks', () => {
    const protection = presentSummary(everything, false).sections.find(
      (s) => s.id === 'protection',
    )!;
    expect(protection.entries).toHaveLength(1);
    const codes = protection.entries[0]?.facts.find(([label]) => label === 'Recovery codes');
    expect(codes?.[1]).toMatch(/^10 made .*, 2 used/);
  });

  it('keeps the safety answers off paper unless asked, and then asks in the questions’ words', () => {
    expect(allWords(false)).not.toContain('afraid of your partner');
    const safety = presentSummary(everything, true).sections.find((s) => s.id === 'safety-checks')!;
    expect(safety.entries[0]?.facts).toContainEqual([
      'Does your partner control your money, phone, contacts or where you go?',
      'Not sure',
    ]);
    expect(safety.entries[0]?.facts).toContainEqual(['What you chose then', 'Go on together']);
  });

  it('lists a section no presenter knows yet in plain words, and names the empty ones once', () => {
    const document = presentSummary(everything, false);
    const unknown = document.sections.find((s) => s.id === 'commitments-of-tomorrow')!;
    expect(unknown.title).toBe('Commitments of tomorrow');
    expect(unknown.entries[0]?.facts).toContainEqual(['Owner id', 'You']);
    expect(unknown.entries[0]?.facts).toContainEqual(['Details', 'Times: 3']);
    expect(document.empty).toContain('Check-ins');
    expect(document.sections.map((s) => s.title)).not.toContain('Check-ins');
  });
});

describe('reassurance in the printable summary', () => {
  it('reads a request as one sentence, in words, with no bare ids', () => {
    const summary = presentSummary(
      exportWith({
        reassurance_requests: [
          {
            id: APOLOGY,
            spaceId: SPACE,
            askedBy: ME,
            day: '2026-03-03',
            answeredAt: AT,
            answerNoteId: ACK,
            createdAt: AT,
          },
        ],
      }),
      false,
    );
    const printed = JSON.stringify(summary.sections);
    expect(printed).toContain('You asked for reassurance on');
    expect(printed).toContain('answered');
    expect(printed).not.toContain(APOLOGY);
    expect(printed).not.toContain(ACK);
    expect(printed).not.toContain('reassurance_requests');
  });
});
