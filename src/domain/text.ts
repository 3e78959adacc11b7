/**
 * What counts as "empty" in a text someone typed. Trimming spaces is not
 * enough: a zero-width space (U+200B), joiner (U+200C, U+200D), word joiner
 * (U+2060) or byte-order mark (U+FEFF) shows nothing either, and a text made
 * only of them would look like an empty entry to the partner reading it.
 */

/** Spaces and the invisible format characters a text may begin or end with. */
const EDGE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/**
 * Nothing visible at all: only white space and default-ignorable code points
 * (the zero-width characters above, soft hyphens, variation selectors, …).
 */
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * Trims spaces and zero-width characters at both ends. Inside the text they
 * stay: a zero-width joiner between two emoji is part of the picture.
 */
export function trimText(value: string): string {
  return value.replace(EDGE, '');
}

/** True when the text shows nothing: empty, spaces, or invisible characters only. */
export function isBlank(value: string): boolean {
  return BLANK.test(value);
}
