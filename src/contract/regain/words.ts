/**
 * Words of the regain steps the web app shows and the contract validates:
 * the need categories and their labels. Zod-free, so a screen loads it as it is.
 */
export const NEED_CATEGORIES = [
  'communication',
  'quality-time',
  'emotional-support',
  'transparency',
  'space',
  'reassurance',
  'affection',
  'other',
] as const;
export type NeedCategoryName = (typeof NEED_CATEGORIES)[number];

export const NEED_CATEGORY_LABELS: Record<NeedCategoryName, string> = {
  communication: 'Communication',
  'quality-time': 'Quality time',
  'emotional-support': 'Emotional support',
  transparency: 'Transparency',
  space: 'Space',
  reassurance: 'Reassurance',
  affection: 'Affection',
  other: 'Something else',
};

/** How much a need matters, 1–3. */
export const NEED_IMPORTANCE_LABELS: Record<1 | 2 | 3, string> = {
  1: 'It matters',
  2: 'It matters a lot',
  3: 'It matters deeply',
};
