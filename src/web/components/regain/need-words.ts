/**
 * Needs (step 8) in plain words for the screens: the category and how much a
 * need matters as a person says them, whether it is understood, and the needs
 * sorted into the page's groups. Pure, so it is tested on its own.
 */
import type { Need } from '../../api/types';
import {
  NEED_CATEGORIES,
  NEED_CATEGORY_LABELS,
  NEED_IMPORTANCE_LABELS,
  type NeedCategoryName,
} from '../../../contract/regain/words';

export { NEED_CATEGORIES, NEED_CATEGORY_LABELS, type NeedCategoryName };
export { NEED_TEXT_MAX } from '../../../contract/limits';

export const NEED_IMPORTANCES = [1, 2, 3] as const;
export type NeedImportanceValue = (typeof NEED_IMPORTANCES)[number];

/** "It matters", "It matters a lot", "It matters deeply": said in words, never as a score. */
export function importanceWords(importance: number): string {
  return NEED_IMPORTANCE_LABELS[importance as NeedImportanceValue] ?? NEED_IMPORTANCE_LABELS[1];
}

/**
 * Whether the partner acknowledged the newest words. Put in new words, a need
 * reads as not acknowledged again until the partner reads the new version.
 */
export function understoodWords(need: Need, mine: boolean, partnerName: string): string {
  if (need.acknowledged)
    return mine ? `${partnerName} understands this need` : 'You understand this need';
  if (need.versions.length > 1) return 'New words, not acknowledged yet';
  return 'Not acknowledged yet';
}

export interface NeedGroups {
  mine: Need[];
  partners: Need[];
  retired: Need[];
}

/** Live needs by whose they are, oldest first as the server lists them; retired ones apart. */
export function groupNeeds(items: readonly Need[], myId: string): NeedGroups {
  const groups: NeedGroups = { mine: [], partners: [], retired: [] };
  for (const need of items) {
    if (need.status === 'retired') groups.retired.push(need);
    else if (need.authorId === myId) groups.mine.push(need);
    else groups.partners.push(need);
  }
  return groups;
}

/** The earlier versions of a need, newest first (the current one is shown on its own). */
export function earlierVersions(need: Need): Need['versions'] {
  return need.versions.filter((version) => version.id !== need.current.id).reverse();
}

/** A need's words cut at a word boundary near `max` characters, with an ellipsis when cut. */
export function shortNeedWords(text: string, max = 60): string {
  const words = text.trim().replace(/\s+/g, ' ');
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "Quality time — An evening a week…": how a need reads in a choice list. */
export function needChoiceLabel(need: Need): string {
  return `${NEED_CATEGORY_LABELS[need.current.category]} — ${shortNeedWords(need.current.text)}`;
}

/**
 * The calm line a commitment shows when it is tied to a need: "For Sam’s need:
 * …", with "(retired)" after a retired need's words. Null when the commitment
 * names no need, or the need is not among those listed.
 */
export function needTieWords(
  needId: string | null,
  needs: readonly Need[] | null | undefined,
  possessive: string,
): string | null {
  if (!needId || !needs) return null;
  const need = needs.find((item) => item.id === needId);
  if (!need) return null;
  const retired = need.status === 'retired' ? ' (retired)' : '';
  return `For ${possessive} need: ${shortNeedWords(need.current.text, 80)}${retired}`;
}
