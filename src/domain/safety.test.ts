import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countryFromTimeZone,
  raisesConcern,
  safetyGate,
  type Answer,
  type SafetyAnswers,
} from './safety.js';

const safe: SafetyAnswers = {
  afraid: 'no',
  hurtOrThreatened: 'no',
  controlled: 'no',
  freeToSayNo: 'yes',
};

describe('safety check', () => {
  it('raises no concern only when every answer is the safe one', () => {
    expect(raisesConcern(safe)).toBe(false);
    expect(raisesConcern({ ...safe, afraid: 'unsure' })).toBe(true);
    expect(raisesConcern({ ...safe, hurtOrThreatened: 'yes' })).toBe(true);
    expect(raisesConcern({ ...safe, controlled: 'yes' })).toBe(true);
    expect(raisesConcern({ ...safe, freeToSayNo: 'no' })).toBe(true);
    expect(raisesConcern({ ...safe, freeToSayNo: 'unsure' })).toBe(true);
  });

  it('any single unsafe or unsure answer raises concern (property)', () => {
    const answer = fc.constantFrom<Answer>('yes', 'no', 'unsure');
    fc.assert(
      fc.property(
        answer,
        answer,
        answer,
        answer,
        (afraid, hurtOrThreatened, controlled, freeToSayNo) => {
          const answers = { afraid, hurtOrThreatened, controlled, freeToSayNo };
          const allSafe =
            afraid === 'no' &&
            hurtOrThreatened === 'no' &&
            controlled === 'no' &&
            freeToSayNo === 'yes';
          expect(raisesConcern(answers)).toBe(!allSafe);
        },
      ),
    );
  });

  it('gates joint features until the person chooses to go on', () => {
    const concern = { ...safe, afraid: 'yes' as const };
    expect(safetyGate(null, 'solo')).toBe('check-required');
    expect(safetyGate({ answers: safe, choice: null }, 'joint')).toBe('open');
    expect(safetyGate({ answers: concern, choice: null }, 'solo')).toBe('choice-required');
    expect(safetyGate({ answers: concern, choice: 'continue-alone' }, 'solo')).toBe('open');
    expect(safetyGate({ answers: concern, choice: 'continue-alone' }, 'joint')).toBe('alone');
    expect(safetyGate({ answers: concern, choice: 'go-on' }, 'joint')).toBe('open');
  });

  it('guesses a country from the time zone, or nothing', () => {
    expect(countryFromTimeZone('America/New_York')).toBe('US');
    expect(countryFromTimeZone('America/Toronto')).toBe('CA');
    expect(countryFromTimeZone('Europe/London')).toBe('GB');
    expect(countryFromTimeZone('Europe/Dublin')).toBe('IE');
    expect(countryFromTimeZone('Australia/Sydney')).toBe('AU');
    expect(countryFromTimeZone('Pacific/Auckland')).toBe('NZ');
    expect(countryFromTimeZone('Europe/Berlin')).toBeNull();
  });
});
