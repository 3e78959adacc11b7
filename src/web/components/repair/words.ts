/**
 * The repair phase's fixed words and limits, as the contract has them. The web
 * app may not load the contract's code (it would bring the schema library to
 * the browser), so they are written here once more; the unit test beside this
 * file fails if the two ever differ. What the pure domain layer holds (the
 * apology guide) is imported, not copied.
 */
import type { Apology } from '../../../contract/repair/apologies';

export type ApologyPart = keyof Apology['parts'];

export type BreachCategory =
  'infidelity' | 'emotional-affair' | 'lying' | 'financial' | 'broken-promise' | 'other';

export const BREACH_CATEGORIES: readonly BreachCategory[] = [
  'infidelity',
  'emotional-affair',
  'lying',
  'financial',
  'broken-promise',
  'other',
];

export const BREACH_CATEGORY_LABELS: Record<BreachCategory, string> = {
  infidelity: 'Infidelity',
  'emotional-affair': 'Emotional affair',
  lying: 'Lying',
  financial: 'Money',
  'broken-promise': 'A broken promise',
  other: 'Something else',
};

export type SeverityName = 'minor' | 'moderate' | 'severe';

export const SEVERITIES: readonly SeverityName[] = ['minor', 'moderate', 'severe'];

export const SEVERITY_EXPLANATIONS: Record<SeverityName, { label: string; explanation: string }> = {
  minor: {
    label: 'Minor',
    explanation:
      'It hurt and it matters, but it did not shake the ground we stand on. Talking it through and a change of habit may be enough.',
  },
  moderate: {
    label: 'Moderate',
    explanation:
      'It shook my trust in a real way. I need to see things done differently over weeks, not days, before I can lean on it again.',
  },
  severe: {
    label: 'Severe',
    explanation:
      'It broke something fundamental. I am not sure yet what I can believe, and rebuilding will take a long time and a lot of care.',
  },
};

export type SetbackKindName = 'new-breach' | 'broken-agreement' | 'discovery' | 'hard-day';

export const SETBACK_KINDS: readonly SetbackKindName[] = [
  'new-breach',
  'broken-agreement',
  'discovery',
  'hard-day',
];

export const SETBACK_KIND_LABELS: Record<SetbackKindName, string> = {
  'new-breach': 'A new breach',
  'broken-agreement': 'A broken agreement',
  discovery: 'A discovery',
  'hard-day': 'A hard day',
};

// The apology guide lives in the domain layer, which is plain TypeScript with
// no schema library: the browser loads it as it is, so there is no copy here.
export {
  APOLOGY_GUIDE,
  APOLOGY_HINT_TEXT,
  type ApologyGuideStep,
} from '../../../domain/path/apology-guide';

/** Caps in characters, as the server counts them (and a browser's maxlength). */
export const TEXT_LIMITS = {
  title: 120,
  topic: 200,
  long: 6000,
  apologyPart: 2000,
  agreement: 2000,
  comment: 2000,
  note: 4000,
} as const;

export const MINUTES_MAX = 600;

export const PROMPT_ELEMENT_LABELS = {
  honesty: 'Honesty',
  reliability: 'Reliability',
  vulnerability: 'Vulnerability',
} as const;
