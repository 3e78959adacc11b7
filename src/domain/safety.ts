/**
 * The private safety check (DESIGN.md §3). Four questions in our own words; any
 * answer other than the safe one — including "not sure" — counts as concern,
 * because the cost of missing abuse is far higher than the cost of a calm page
 * with resources.
 */

export type Answer = 'yes' | 'no' | 'unsure';

export interface SafetyAnswers {
  /** Are you ever afraid of your partner? */
  afraid: Answer;
  /** Has your partner hurt you, or threatened to? */
  hurtOrThreatened: Answer;
  /** Does your partner control your money, phone, contacts or where you go? */
  controlled: Answer;
  /** Do you feel free to say no to your partner? */
  freeToSayNo: Answer;
}

/** What the person chose after a check that raised concern. */
export type SafetyChoice = 'continue-alone' | 'go-on';

export function raisesConcern(answers: SafetyAnswers): boolean {
  return (
    answers.afraid !== 'no' ||
    answers.hurtOrThreatened !== 'no' ||
    answers.controlled !== 'no' ||
    answers.freeToSayNo !== 'yes'
  );
}

export type SafetyGate =
  | 'open'
  /** No safety check yet: answer it before creating or joining a space. */
  | 'check-required'
  /** Concern raised, no choice made yet. */
  | 'choice-required'
  /** Concern raised and the person chose to continue alone: no joint features. */
  | 'alone';

export interface SafetyState {
  answers: SafetyAnswers;
  choice: SafetyChoice | null;
}

/**
 * `solo` actions (creating a space to use alone) need a completed check and, if
 * it raised concern, a choice either way; `joint` actions (inviting, joining,
 * a therapist) need no concern or the explicit choice to go on.
 */
export function safetyGate(state: SafetyState | null, kind: 'solo' | 'joint'): SafetyGate {
  if (!state) return 'check-required';
  if (!raisesConcern(state.answers)) return 'open';
  if (state.choice === null) return 'choice-required';
  if (kind === 'joint' && state.choice === 'continue-alone') return 'alone';
  return 'open';
}

/**
 * A country guess from an IANA time zone, with no lookups: enough to show the
 * right helplines first. The person can always pick another country.
 */
const ZONE_COUNTRIES: [RegExp, string][] = [
  [/^Europe\/(London|Belfast|Guernsey|Isle_of_Man|Jersey)$/, 'GB'],
  [/^Europe\/Dublin$/, 'IE'],
  [/^(Australia\/|Antarctica\/Macquarie)/, 'AU'],
  [/^Pacific\/(Auckland|Chatham)$|^NZ/, 'NZ'],
  [
    /^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Moncton|Whitehorse|Yellowknife|Iqaluit|Glace_Bay|Goose_Bay|Dawson_Creek|Fort_Nelson|Creston|Swift_Current|Rankin_Inlet|Resolute|Cambridge_Bay|Inuvik|Atikokan|Dawson)$|^Canada\//,
    'CA',
  ],
  [
    /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Indiana\/.*|Kentucky\/.*|North_Dakota\/.*|Menominee|Metlakatla|Yakutat)$|^Pacific\/Honolulu$|^US\//,
    'US',
  ],
];

export function countryFromTimeZone(timeZone: string): string | null {
  for (const [pattern, country] of ZONE_COUNTRIES) if (pattern.test(timeZone)) return country;
  return null;
}
