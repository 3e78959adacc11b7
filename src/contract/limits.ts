/**
 * The limits the server enforces and the screens explain: caps on text and
 * the ends of the rating scales. Plain numbers with no schema library, so the
 * web app loads this file as it is; the contract's schemas are built from it.
 * Text caps count characters as a browser's `maxlength` does (UTF-16 code units).
 */

/** A member's name, as their partner sees it. */
export const DISPLAY_NAME_MAX = 60;

/** The note on a check-in. */
export const CHECK_IN_NOTE_MAX = 4000;
/** A check-in's five ratings run from 1 to this. */
export const CHECK_IN_RATING_MAX = 7;
/** A check-in's effort answer runs from 1 to this. */
export const CHECK_IN_EFFORT_MAX = 5;

/** A note a therapist writes for a couple. */
export const THERAPIST_NOTE_MAX = 4000;

/** Caps on the repair phase's texts. */
export const TEXT_LIMITS = {
  /** Breach titles. */
  title: 120,
  /** Conversation topics. */
  topic: 200,
  /** Breach descriptions, acknowledgments, impact statements. */
  long: 6000,
  /** Each of the four parts of an apology. */
  apologyPart: 2000,
  /** Agreement terms. */
  agreement: 2000,
  /** Comments on answers (an acknowledgment, an apology, a proposal), break notes. */
  comment: 2000,
  /** Notes on conversation ratings and setbacks. */
  note: 4000,
  /** A commitment: one small promise, said in a sentence or two. */
  commitment: 300,
  /** A note on a commitment's mark, the partner's question about it, the owner's answer. */
  markNote: 1000,
} as const;

/** The repair phase's ratings ("I felt safe", "I feel understood") run from 1 to this. */
export const REPAIR_RATING_MAX = 7;

/** The longest conversation one can log, in minutes. */
export const MINUTES_MAX = 600;

/** A need, in its author's words. */
export const NEED_TEXT_MAX = 1000;
/** How much a need matters runs from 1 to this. */
export const NEED_IMPORTANCE_MAX = 3;
/** A forgiveness statement. */
export const FORGIVENESS_STATEMENT_MAX = 4000;
