/**
 * The repair phase's fixed words: breach categories, the severity scale,
 * setback kinds and the elements of trust a prompt works on, with the labels
 * the screens show. Plain data with no schema library, so the web app loads
 * this file as it is; the contract's schemas are built from it.
 */

export const BREACH_CATEGORIES = [
  'infidelity',
  'emotional-affair',
  'lying',
  'financial',
  'broken-promise',
  'other',
] as const;
export type BreachCategoryName = (typeof BREACH_CATEGORIES)[number];

export const BREACH_CATEGORY_LABELS: Record<BreachCategoryName, string> = {
  infidelity: 'Infidelity',
  'emotional-affair': 'Emotional affair',
  lying: 'Lying',
  financial: 'Money',
  'broken-promise': 'A broken promise',
  other: 'Something else',
};

export const SEVERITIES = ['minor', 'moderate', 'severe'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

/** The severity scale in plain words, for the screen that asks for a rating. */
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

export const SETBACK_KINDS = ['new-breach', 'broken-agreement', 'discovery', 'hard-day'] as const;
export type SetbackKindName = (typeof SETBACK_KINDS)[number];

export const SETBACK_KIND_LABELS: Record<SetbackKindName, string> = {
  'new-breach': 'A new breach',
  'broken-agreement': 'A broken agreement',
  discovery: 'A discovery',
  'hard-day': 'A hard day',
};

export const PROMPT_ELEMENTS = ['honesty', 'reliability', 'vulnerability'] as const;
export type PromptElementName = (typeof PROMPT_ELEMENTS)[number];
