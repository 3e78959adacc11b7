/**
 * Where quick exit goes: a site anyone might have open, that says nothing
 * about Mend. Its own module, with no browser code, so the tests read it too.
 */
export const NEUTRAL_SITE = 'https://www.wikipedia.org/';
