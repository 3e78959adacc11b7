/**
 * The repair phase's fixed words and limits, for the screens. They live once,
 * in the contract's plain files (no schema library, so the browser loads them
 * as they are) and in the domain layer (the apology guide); this module only
 * gathers them, with the one label the screens alone need.
 */
import type { Apology } from '../../../contract/repair/apologies';
import type { PromptElementName } from '../../../contract/repair/words';

export type ApologyPart = keyof Apology['parts'];

export {
  BREACH_CATEGORIES,
  BREACH_CATEGORY_LABELS,
  PROMPT_ELEMENTS,
  SEVERITIES,
  SEVERITY_EXPLANATIONS,
  SETBACK_KINDS,
  SETBACK_KIND_LABELS,
  type BreachCategoryName as BreachCategory,
  type SeverityName,
  type SetbackKindName,
} from '../../../contract/repair/words';

export {
  APOLOGY_GUIDE,
  APOLOGY_HINT_TEXT,
  type ApologyGuideStep,
} from '../../../domain/path/apology-guide';

export { MINUTES_MAX, REPAIR_RATING_MAX, TEXT_LIMITS } from '../../../contract/limits';

/** Headings on the prompts screen, one for each element of trust. */
export const PROMPT_ELEMENT_LABELS: Record<PromptElementName, string> = {
  honesty: 'Honesty',
  reliability: 'Reliability',
  vulnerability: 'Vulnerability',
};
